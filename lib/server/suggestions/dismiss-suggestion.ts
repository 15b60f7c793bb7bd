import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { dismissSuggestionSchema } from "@/lib/schemas/suggestion";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

/** Dismisses a spotter suggestion for one revision (it stays dismissed there), audited. */
export async function dismissSuggestion(options: { actor: Actor | null; input: unknown }): Promise<void> {
  const actor = authorize(options.actor, "claim:create");
  const input = parseInput(dismissSuggestionSchema, options.input);
  await db.$transaction(async (tx) => {
    const revision = await tx.articleRevision.findUnique({ where: { id: input.revisionId }, select: { articleId: true, text: true } });
    if (!revision) throw notFound("The revision");
    if (input.end <= input.start || input.end > revision.text.length) {
      throw new AppError("VALIDATION", { userMessage: "That suggestion is not in this revision.", fieldErrors: { start: ["Outside the text."] } });
    }
    const existing = await tx.suggestionDismissal.findUnique({
      where: { revisionId_start_end: { revisionId: input.revisionId, start: input.start, end: input.end } },
      select: { id: true },
    });
    if (existing) return;
    const dismissal = await tx.suggestionDismissal.create({
      data: { revisionId: input.revisionId, start: input.start, end: input.end, dismissedById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "suggestion.dismiss",
      entityType: "suggestion",
      entityId: dismissal.id,
      articleId: revision.articleId,
      after: { revisionId: input.revisionId, start: input.start, end: input.end, words: revision.text.slice(input.start, input.end) },
    });
  });
}
