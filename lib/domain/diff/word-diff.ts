// Word-level differences between two revisions of an article, for the
// "what changed" view. Joining the "same" and "removed" parts gives the old
// text back, "same" and "added" the new one; paragraph breaks ("\n\n") are
// kept as text, and splitDiffIntoParagraphs lays the parts out by paragraph.
import { diffArrays, diffWordsWithSpace, type ChangeObject } from "diff";
import { PARAGRAPH_SEPARATOR } from "../article-text";

export type WordDiffKind = "same" | "added" | "removed";
export type WordDiffPart = { kind: WordDiffKind; text: string };

// A word diff costs O(tokens × edits). Past this many changed tokens (a
// rewritten article) the diff is done paragraph by paragraph instead.
const MAX_EDIT_TOKENS = 2000;

export function diffRevisionWords(oldText: string, newText: string): WordDiffPart[] {
  if (oldText === newText) return oldText ? [{ kind: "same", text: oldText }] : [];
  // jsdiff sees each "\n" as a token, so a change could take half of a
  // paragraph break; one placeholder character keeps every break whole.
  const mark = unusedCharacter(oldText + newText);
  const encode = (text: string) => text.split(PARAGRAPH_SEPARATOR).join(mark);
  const changes =
    diffWordsWithSpace(encode(oldText), encode(newText), { maxEditLength: MAX_EDIT_TOKENS }) ??
    diffParagraphs(encode(oldText), encode(newText), mark);
  return tidy(changes.map((change) => ({ ...toPart(change), text: change.value.split(mark).join(PARAGRAPH_SEPARATOR) })));
}

function unusedCharacter(text: string): string {
  for (let code = 0xe000; code <= 0xf8ff; code++) {
    const character = String.fromCharCode(code);
    if (!text.includes(character)) return character;
  }
  throw new Error("Every private-use character occurs in the texts.");
}

function diffParagraphs(oldText: string, newText: string, mark: string): ChangeObject<string>[] {
  const tokens = (text: string) => text.split(new RegExp(`(${mark})`)).filter((token) => token.length > 0);
  return diffArrays(tokens(oldText), tokens(newText)).map((change) => ({ ...change, value: change.value.join("") }));
}

function toPart(change: ChangeObject<string>): WordDiffPart {
  return { kind: change.added ? "added" : change.removed ? "removed" : "same", text: change.value };
}

/**
 * Readability pass, as diff-match-patch's semantic cleanup: a lone space kept
 * between two changes ("owns|a|majority" → "holds") joins them, and each run
 * of changes shows everything removed, then everything added.
 */
function tidy(parts: WordDiffPart[]): WordDiffPart[] {
  const isChange = (part: WordDiffPart | undefined) => part !== undefined && part.kind !== "same";
  const absorbed = parts.flatMap((part, i): WordDiffPart[] =>
    part.kind === "same" && /^[^\S\n]+$/.test(part.text) && isChange(parts[i - 1]) && isChange(parts[i + 1])
      ? [{ kind: "removed", text: part.text }, { kind: "added", text: part.text }]
      : [part],
  );
  const result: WordDiffPart[] = [];
  let removed = "";
  let added = "";
  const flushChanges = () => {
    if (removed) result.push({ kind: "removed", text: removed });
    if (added) result.push({ kind: "added", text: added });
    removed = "";
    added = "";
  };
  for (const part of absorbed) {
    if (part.kind === "removed") removed += part.text;
    else if (part.kind === "added") added += part.text;
    else {
      flushChanges();
      const last = result.at(-1);
      if (last?.kind === "same") last.text += part.text;
      else if (part.text) result.push({ ...part });
    }
  }
  flushChanges();
  return result;
}

export type DiffParagraph = {
  /** How this paragraph is separated from the one before: kept, new, or a break that was removed. */
  breakBefore: WordDiffKind | null;
  parts: WordDiffPart[];
};

/** Lays diff parts out as paragraphs: every paragraph break, kept, added or removed, starts one. */
export function splitDiffIntoParagraphs(parts: WordDiffPart[]): DiffParagraph[] {
  const paragraphs: DiffParagraph[] = [{ breakBefore: null, parts: [] }];
  for (const part of parts) {
    part.text.split(PARAGRAPH_SEPARATOR).forEach((piece, index) => {
      if (index > 0) paragraphs.push({ breakBefore: part.kind, parts: [] });
      if (piece) paragraphs[paragraphs.length - 1].parts.push({ kind: part.kind, text: piece });
    });
  }
  return paragraphs;
}
