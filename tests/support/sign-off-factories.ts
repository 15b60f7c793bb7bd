// A signed-off article to change: claims made straight in the database, then
// the dispute acknowledged and the article signed off through the use cases (so
// the sign-off's hash is the one the app computes).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { acknowledgeDispute } from "@/lib/server/sign-offs/acknowledge-dispute";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { makeCitation, makeClaim, makeComment, makeSource } from "./claim-factories";
import { makeArticle, makeUser } from "./factories";

export const SIGNED_TEXT = "Renault holds 43% of Nissan.\n\nThe state owns 15% of Renault.\n\nThe alliance is twenty years old.";
export const REVISED_TEXT = "Renault holds 43% of Nissan.\n\nThe state owns 15% of Renault.\n\nThe alliance is 25 years old.";

/** Checked claims (one verified with two citations, one acknowledged dispute): nothing blocks a sign-off. */
export async function makeArticleReadyForSignOff() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const otherReviewer = await makeUser("reviewer");
  const article = await makeArticle(editor, SIGNED_TEXT);
  const externalId = `cms-${randomUUID()}`;
  await db.article.update({ where: { id: article.id }, data: { externalId } });
  const verified = await makeClaim(editor, article, { quote: "Renault holds 43% of Nissan.", verdict: "verified" });
  const disputed = await makeClaim(editor, article, { quote: "twenty years old", verdict: "disputed", rationale: "Formed in 1999" });
  // Two citations, so one can be removed from the verified claim.
  const citation = await makeCitation(editor, verified.id, (await makeSource(editor)).id);
  await makeCitation(editor, verified.id, (await makeSource(editor)).id);
  const spareSource = await makeSource(editor);
  const comment = await makeComment(editor, verified.id);
  await acknowledgeDispute({ actor: reviewer, input: { claimId: disputed.id, expectedVersion: disputed.version } });
  const status = await getSignOffStatus({ actor: reviewer, articleId: article.id });
  if (status.blockers.length > 0) throw new Error(`The fixture cannot be signed off: ${JSON.stringify(status.blockers)}`);
  return {
    editor, reviewer, otherReviewer, article: { ...article, externalId }, verified, disputed, citation, spareSource, comment,
    shownSha256: status.currentSha256,
  };
}

export async function makeSignedOffArticle() {
  const ready = await makeArticleReadyForSignOff();
  const signOff = await signOffArticle({ actor: ready.reviewer, input: { articleId: ready.article.id, expectedSha256: ready.shownSha256 } });
  return { ...ready, signOff };
}

export type SignedOffArticle = Awaited<ReturnType<typeof makeSignedOffArticle>>;

/** A claim's current version, which every versioned use case must be given. */
export async function versionOf(claimId: string): Promise<number> {
  return (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
}

/** The id of the transaction that last wrote a row: equal ids mean one transaction. */
export async function writerOf(table: "AuditEvent" | "SignOff", id: string | bigint): Promise<string> {
  const rows = table === "AuditEvent"
    ? await db.$queryRaw<{ xmin: string }[]>`select xmin::text as xmin from "AuditEvent" where id = ${BigInt(id)}`
    : await db.$queryRaw<{ xmin: string }[]>`select xmin::text as xmin from "SignOff" where id = ${String(id)}::uuid`;
  if (rows.length === 0) throw new Error(`No ${table} row ${id}`);
  return rows[0].xmin;
}
