// A first draft of the correction note readers see under the article. Editors
// rewrite it before export, so the template aims to be correct and plain rather
// than elegant: it quotes the old and the new words, because a correction is a
// fragment ("owns 15%"), not a sentence we could safely paraphrase.
import type { CorrectedCopy } from "./corrected-copy";
import type { ExportArticle } from "./export-types";
import { collapseWhitespace, formatExportDay } from "./text-format";

export type CorrectionNoteInput = {
  exact: string;
  correction: string | null;
  rationale: string | null;
};

/**
 * `An earlier version of this article, published on 27 November 2019, said
 * “…”. It has been corrected to “…”. <rationale>`, or null when the claim has
 * no correction.
 */
export function draftCorrectionNote(claim: CorrectionNoteInput, article: Pick<ExportArticle, "publishedAt">): string | null {
  const correction = quoteFragment(claim.correction ?? "");
  if (!correction) return null;
  const published = article.publishedAt ? `, published on ${formatExportDay(article.publishedAt)},` : "";
  const sentences = [
    `An earlier version of this article${published} said “${quoteFragment(claim.exact)}”.`,
    `It has been corrected to “${correction}”.`,
  ];
  const rationale = asSentence(claim.rationale ?? "");
  if (rationale) sentences.push(rationale);
  return sentences.join(" ");
}

/** One draft per correction that the corrected copy applied, in reading order. */
export function draftCorrectionNotes(
  copy: CorrectedCopy,
  article: Pick<ExportArticle, "publishedAt">,
): { claimId: string; note: string }[] {
  return copy.applied.flatMap((applied) => {
    const note = draftCorrectionNote(applied, article);
    return note ? [{ claimId: applied.claimId, note }] : [];
  });
}

/** Quoted words lose a trailing comma or full stop: “…15% of Renault.”. reads badly. */
function quoteFragment(text: string): string {
  return collapseWhitespace(text).replace(/[.,;:]+$/, "");
}

function asSentence(text: string): string {
  const flat = collapseWhitespace(text);
  if (!flat) return "";
  const capitalised = flat[0].toLocaleUpperCase("en") + flat.slice(1);
  return /[.!?…"”')]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
