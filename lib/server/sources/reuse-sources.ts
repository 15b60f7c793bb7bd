import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { db } from "@/lib/db";
import { linkSource } from "./link-source";

const reuseSourcesSchema = z.strictObject({
  claimId: z.uuid("Unknown claim."),
  fromClaimId: z.uuid("Unknown earlier claim."),
});

/**
 * One click in the claim memory: cite on this claim every source the earlier
 * claim cites (same excerpt and stance), skipping those already cited. Each
 * link goes through linkSource, so each is authorized and audited.
 */
export async function reuseSources(options: { actor: Actor | null; input: unknown }): Promise<{ linkedCount: number }> {
  const actor = authorize(options.actor, "source:link");
  const input = parseInput(reuseSourcesSchema, options.input);
  const [earlier, existing] = await Promise.all([
    db.claimSource.findMany({ where: { claimId: input.fromClaimId }, select: { sourceId: true, excerpt: true, stance: true } }),
    db.claimSource.findMany({ where: { claimId: input.claimId }, select: { sourceId: true } }),
  ]);
  const cited = new Set(existing.map((link) => link.sourceId));
  let linkedCount = 0;
  for (const link of earlier.filter((candidate) => !cited.has(candidate.sourceId))) {
    await linkSource({ actor, input: { claimId: input.claimId, ...link } });
    linkedCount += 1;
  }
  return { linkedCount };
}
