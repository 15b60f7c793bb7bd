import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { createSourceSchema } from "@/lib/schemas/source";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { duplicateSourceError, findDuplicateSource } from "./find-duplicate-source";
import { SOURCE_VIEW_SELECT, type SourceView } from "./source-view";

/** Adds a source to the desk-wide library; the same page twice is refused, naming the one to reuse. */
export async function createSource(options: { actor: Actor | null; input: unknown }): Promise<SourceView> {
  const actor = authorize(options.actor, "source:create");
  const input = parseInput(createSourceSchema, options.input);
  return db.$transaction(async (tx) => {
    const existing = await findDuplicateSource(tx, input.url);
    if (existing) throw duplicateSourceError(existing);
    const source = await tx.source.create({
      data: { ...input, createdById: actor.id },
      select: SOURCE_VIEW_SELECT,
    });
    await recordAuditEvent(tx, {
      actor,
      action: "source.create",
      entityType: "source",
      entityId: source.id,
      after: { url: source.url, title: source.title, publisher: source.publisher, kind: source.kind, accessedAt: source.accessedAt },
    });
    return source;
  });
}
