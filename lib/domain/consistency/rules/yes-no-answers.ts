import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads the one construction of a question's yes, its no put
// with the bare auxiliary, and its don't-knows.)
//
// "58% of drivers would consider an electric car, 35% would not and 12% were undecided", "64% said they will vote,
// 31% will not and 9% did not know": the no takes the yes's auxiliary back with "not" and nothing after it, so both
// answer one question, and the unsure are its third answer. Between them they are one line through the whole.
// ("… 35% would not buy a hybrid" asks a question of its own; "… and 30% would consider a hybrid" is a second yes.)
const AUXILIARY = "would|will|could|can|did|do|does|should|had|have|has|were|was|are|is|might";
const BARE_NO = new RegExp(`^\\s+(${AUXILIARY})(?:\\s+not|n[’']t)\\s*(?:[,;.]|\\band\\b|\\bor\\b|\\bwhile\\b|$)`, "i");
const UNSURE = /^\s+(?:(?:were|was|are|is|remain|remains|remained)\s+(?:still\s+)?(?:undecided|unsure|not\s+sure|uncertain|undeclared)|(?:did\s+not|didn[’']t|do\s+not|don[’']t|does\s+not|doesn[’']t)\s+know|(?:had|have|has|expressed|gave)\s+no\s+(?:opinion|view|preference|answer))\b/i;

/** The shares are one question's yes, its bare no and its don't-knows (see above). */
export function areYesNoAndUnsure(sentence: string, shares: readonly Quantity[]): boolean {
  const [yes, ...rest] = shares;
  if (!yes || rest.length === 0) return false;
  const yesClause = sentence.slice(yes.end, rest[0].start);
  let noes = 0;
  for (const share of rest) {
    const after = sentence.slice(share.end, share.end + 40);
    const no = BARE_NO.exec(after);
    if (no && new RegExp(`\\b${no[1]}\\b`, "i").test(yesClause)) noes++;
    else if (!UNSURE.test(after)) return false;
  }
  return noes >= 1;
}
