import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { evidenceIdSchema } from "@/lib/schemas/source";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

export type EvidenceFile = { fileName: string; contentType: string; sha256: string; content: Uint8Array };

/** One evidence snapshot's bytes, for download by anyone who may read the desk's work. */
export async function getEvidenceFile(options: { actor: Actor | null; input: unknown }): Promise<EvidenceFile> {
  authorize(options.actor, "article:read");
  const { evidenceId } = parseInput(evidenceIdSchema, options.input);
  const row = await db.evidenceSnapshot.findUnique({
    where: { id: evidenceId },
    select: { fileName: true, kind: true, contentType: true, sha256: true, content: true, capturedAt: true },
  });
  if (!row) throw notFound("The evidence");
  const fileName = row.fileName ?? `excerpt-${row.capturedAt.toISOString().slice(0, 10)}.txt`;
  return { fileName, contentType: row.contentType, sha256: row.sha256, content: new Uint8Array(row.content) };
}
