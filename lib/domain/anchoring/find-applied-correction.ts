// "Correction applied" (product.md, "Revisions"): the copy desk wrote a corrected
// claim's correction into the text. Its old words are gone, but the correction's
// words now stand where they were, between the same context. The claim then
// follows the new words and stays corrected, instead of going back to pending.
// Found like the same words (stage 1 of re-anchoring), with the correction as
// the quote and the claim's own context and position to place it.
import { collapseWhitespace } from "../exports/text-format";
import { createAnchor, type Anchor } from "./create-anchor";
import { chooseSameWords } from "./reanchor-exact";

export function findAppliedCorrection(claim: Anchor & { correction: string | null }, newText: string, hint: number): Anchor | null {
  const quote = collapseWhitespace(claim.correction ?? "");
  if (!quote) return null;
  const asAnchor: Anchor = { exact: quote, prefix: claim.prefix, suffix: claim.suffix, start: hint, end: hint + quote.length };
  const found = chooseSameWords(asAnchor, newText, hint);
  return found ? createAnchor(newText, found.start, found.end) : null;
}
