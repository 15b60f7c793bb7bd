// A sign-off racing changes to the same article, all through changeArticle:
// each change is ordered before the sign-off (which is then refused) or after it
// (which voids it), so a sign-off left standing always approves what is there.
// Every writer takes the article lock first, so none deadlocks, and none trips
// the database guard.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveRevision } from "@/lib/server/articles/save-revision";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { linkSource } from "@/lib/server/sources/link-source";
import { unlinkSource } from "@/lib/server/sources/unlink-source";
import { makeArticleReadyForSignOff, REVISED_TEXT, versionOf } from "../support/sign-off-factories";

const ROUNDS = 4;

describe("a sign-off racing changes to the same article", () => {
  it(`never stands over a state it did not approve, and nothing deadlocks (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ready = await makeArticleReadyForSignOff();
      const { editor, reviewer, article, verified, disputed } = ready;
      const [verifiedVersion, disputedVersion] = [await versionOf(verified.id), await versionOf(disputed.id)];
      const changes = [
        () => updateClaim({ actor: editor, input: { claimId: verified.id, expectedVersion: verifiedVersion, restated: `Round ${round}` } }),
        () => linkSource({ actor: editor, input: { claimId: verified.id, sourceId: ready.spareSource.id, stance: "context" } }),
        () => unlinkSource({ actor: editor, input: { claimSourceId: ready.citation.id } }),
        () => assignClaim({ actor: editor, input: { claimId: disputed.id, expectedVersion: disputedVersion, assigneeId: editor.id } }),
        () => addComment({ actor: editor, input: { claimId: disputed.id, body: `Round ${round}` } }),
        () => saveRevision({ actor: editor, input: { articleId: article.id, text: REVISED_TEXT } }),
      ];
      // Rotate which change starts next to the sign-off, so the orderings vary.
      const rotated = [...changes.slice(round), ...changes.slice(0, round)];
      const results = await Promise.allSettled([
        signOffArticle({ actor: reviewer, input: { articleId: article.id, expectedSha256: ready.shownSha256 } }),
        ...rotated.map((change) => change()),
      ]);
      for (const result of results) {
        if (result.status === "fulfilled") continue;
        // Only the app's own refusals: no deadlock, no guard error, no lost lock.
        expect(result.reason, String(result.reason)).toBeInstanceOf(AppError);
        expect(["CONFLICT", "RULE_VIOLATION", "NOT_FOUND"]).toContain((result.reason as AppError).code);
      }
      const standing = await db.signOff.findFirst({ where: { articleId: article.id, decision: "signed_off", voidedAt: null } });
      const articleRow = await db.article.findUniqueOrThrow({ where: { id: article.id } });
      if (standing) {
        const { currentSha256 } = await getSignOffStatus({ actor: reviewer, articleId: article.id });
        expect(standing.sha256).toBe(currentSha256);
        expect(articleRow.state).toBe("signed_off");
      } else {
        expect(articleRow.state).toBe("in_review");
      }
    }
  });
});
