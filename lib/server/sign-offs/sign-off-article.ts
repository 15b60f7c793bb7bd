import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { computeSignOffHash } from "@/lib/domain/sign-off/sign-off-hash";
import { AppError } from "@/lib/errors";
import { signOffArticleSchema } from "@/lib/schemas/sign-off";
import { changeArticle } from "@/lib/server/articles/change-article";
import { lockAuditChain, readChainHead } from "@/lib/server/audit/read-chain-head";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { findBlockersFor } from "./find-blockers-for";
import { loadSignOffState, toSignOffHashInput } from "./load-sign-off-state";

/**
 * Signs off the article's current revision. The sign-off records a SHA-256 over
 * the revision text and every claim's state; it is refused when anything blocks
 * it, or when that hash is not the one the reviewer was shown (something changed
 * while they were reviewing).
 */
export async function signOffArticle(options: { actor: Actor | null; input: unknown }): Promise<{ id: string; sha256: string }> {
  const actor = authorize(options.actor, "article:sign-off");
  const input = parseInput(signOffArticleSchema, options.input);
  // changeArticle takes the article's row lock, as every change to its claims does,
  // so none can commit between reading the state below and recording the sign-off.
  return changeArticle({ actor, articleId: input.articleId, reason: "signed off" }, async (tx) => {
    const state = await loadSignOffState(tx, input.articleId);
    const settings = await getDeskSettings(tx);
    const blockers = findBlockersFor(state, actor, settings.allowSelfSignOff);
    if (blockers.length > 0) {
      throw new AppError("RULE_VIOLATION", {
        userMessage: `The article cannot be signed off yet: ${blockers.map((b) => b.reason).join("; ")}.`,
      });
    }
    const sha256 = computeSignOffHash(toSignOffHashInput(state));
    if (sha256 !== input.expectedSha256) {
      throw new AppError("CONFLICT", {
        userMessage: "The article or one of its claims changed while you were reviewing. Review the current state, then sign off again.",
      });
    }
    if (state.state === "signed_off") {
      throw new AppError("RULE_VIOLATION", { userMessage: "This article is already signed off." });
    }
    // What the reviewer approved, as of the last event on record before the sign-off.
    await lockAuditChain(tx, state.id);
    const auditHead = await readChainHead(tx, state.id);
    const signOff = await tx.signOff.create({
      data: {
        articleId: state.id, revisionId: state.revision.id, reviewerId: actor.id, decision: "signed_off", sha256,
        auditChainSeq: auditHead.seq, auditChainHash: auditHead.hash,
      },
      select: { id: true },
    });
    await tx.article.update({
      where: { id: state.id },
      data: { state: "signed_off", version: { increment: 1 } },
    });
    const isSelfChecked = state.claims.some((claim) => claim.verdictSetById === actor.id);
    await recordAuditEvent(tx, {
      actor,
      action: "article.sign-off",
      entityType: "sign-off",
      entityId: signOff.id,
      articleId: state.id,
      before: { state: state.state },
      after: {
        state: "signed_off",
        revision: state.revision.number,
        sha256,
        auditHead: { seq: auditHead.seq, hash: auditHead.hash },
        ...(isSelfChecked ? { relaxedSecondPairOfEyes: true } : {}),
      },
    });
    return { id: signOff.id, sha256 };
  });
}
