// An article checked and ready for sign-off, and signing it off, through the
// use cases a desk uses.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { acknowledgeDispute } from "@/lib/server/sign-offs/acknowledge-dispute";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { makeCitation, makeClaim, makeSource } from "./claim-factories";
import { makeArticle, makeUser } from "./factories";
import { versionOf } from "./sign-off-factories";

export { versionOf } from "./sign-off-factories";

export const TEXT = "Renault holds 43% of Nissan.\n\nThe state owns 15% of Renault.\n\nThe alliance is twenty years old.";

/** An article whose three claims an editor has checked: verified, corrected, disputed. */
export async function makeCheckedArticle() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticle(editor, TEXT);
  const source = await makeSource(editor);
  const verified = await makeClaim(editor, article, { quote: "Renault holds 43% of Nissan." });
  const corrected = await makeClaim(editor, article, { quote: "The state owns 15% of Renault." });
  const disputed = await makeClaim(editor, article, { quote: "twenty years old" });
  await makeCitation(editor, verified.id, source.id);
  await makeCitation(editor, corrected.id, source.id);
  await setClaimVerdict({ actor: editor, input: { claimId: verified.id, expectedVersion: await versionOf(verified.id), verdict: "verified" } });
  await setClaimVerdict({
    actor: editor,
    input: { claimId: corrected.id, expectedVersion: await versionOf(corrected.id), verdict: "corrected", correction: "The state owns 15.01% of Renault.", rationale: "Annual report" },
  });
  await setClaimVerdict({
    actor: editor,
    input: { claimId: disputed.id, expectedVersion: await versionOf(disputed.id), verdict: "disputed", rationale: "Formed in 1999; depends on the date" },
  });
  return { editor, reviewer, article, disputed };
}

export async function ackAndSign(reviewer: Awaited<ReturnType<typeof makeUser>>, articleId: string, disputedId: string) {
  const disputed = await db.claim.findUniqueOrThrow({ where: { id: disputedId } });
  await acknowledgeDispute({ actor: reviewer, input: { claimId: disputedId, expectedVersion: disputed.version } });
  const status = await getSignOffStatus({ actor: reviewer, articleId });
  expect(status.blockers).toEqual([]);
  return signOffArticle({ actor: reviewer, input: { articleId, expectedSha256: status.currentSha256 } });
}

