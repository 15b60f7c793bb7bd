import "server-only";
import { db } from "@/lib/db";
import { diffFields } from "@/lib/domain/audit-diff";
import type { Actor } from "@/lib/domain/capabilities";
import { updateSourceSchema } from "@/lib/schemas/source";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { duplicateSourceError, findDuplicateSource } from "./find-duplicate-source";
import { SOURCE_VIEW_SELECT, type SourceView } from "./source-view";

/**
 * Corrects a library source (address, title, publisher, kind, date consulted),
 * audited with what changed. Not an article write: a sign-off covers which
 * source a claim cites and its stance, not the source's own record.
 */
export async function updateSource(options: { actor: Actor | null; input: unknown }): Promise<SourceView> {
  const actor = authorize(options.actor, "source:create");
  const { sourceId, ...fields } = parseInput(updateSourceSchema, options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: SOURCE_VIEW_SELECT });
    if (!before) throw notFound("The source");
    const existing = await findDuplicateSource(tx, fields.url, sourceId);
    if (existing) throw duplicateSourceError(existing);
    const change = diffFields(before, fields);
    if (Object.keys(change.after).length === 0) return before;
    const after = await tx.source.update({ where: { id: sourceId }, data: fields, select: SOURCE_VIEW_SELECT });
    await recordAuditEvent(tx, { actor, action: "source.update", entityType: "source", entityId: sourceId, ...change });
    return after;
  });
}
