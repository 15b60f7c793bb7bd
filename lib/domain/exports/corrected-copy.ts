// The corrected copy: the revision text with every corrected claim's words
// replaced by its correction. Every export format renders this one structure, so
// the plain text, HTML, Markdown and DOCX can never disagree about what changed.
//
// Policy (what applies when corrected claims touch each other):
// - Only claims with verdict "corrected" and a non-empty correction apply.
//   Orphaned claims never apply: their offsets no longer point at their words.
// - A claim whose offsets do not hold its `exact` words (stale anchor), that
//   covers no words, or that cuts an emoji's surrogate pair in half, is skipped:
//   we never replace words other than the ones that were checked.
// - Adjacent claims (one ends where the next starts) both apply.
// - Nested claims: the outermost corrected claim wins; claims inside it are
//   skipped (its correction already rewrites those words).
// - Partial overlaps: the claim that starts first wins; the other is skipped.
//   Same start: the longer one wins (it is the outer one); same span: lowest id.
// - A claim spanning a paragraph break keeps the break: its correction lands in
//   the first paragraph it touches, and its words in later paragraphs are
//   deleted (they show as deletions in the tracked copies). A paragraph left
//   empty by that is dropped from the clean copies.
// - A correction is one run of prose: whitespace in it (newlines included) is
//   collapsed, so a correction cannot add or remove paragraphs. It takes over the
//   spaces at the edges of the claim's words (a browser selection often grabs a
//   trailing space), so "one " corrected to "1" still reads "1 two".
import { PARAGRAPH_SEPARATOR, splitParagraphs } from "../article-text";
import type { ExportClaim } from "./export-types";
import { collapseWhitespace } from "./text-format";

export type CorrectableClaim = Pick<
  ExportClaim,
  "id" | "start" | "end" | "exact" | "restated" | "verdict" | "correction" | "rationale" | "isOrphaned"
> &
  Partial<Pick<ExportClaim, "verdictSetBy" | "verdictSetAt">>;

/** A run of one paragraph: unchanged text, or a claim's words and what replaces them. */
export type CopySegment =
  | { kind: "same"; text: string }
  | {
      kind: "replaced";
      /** The correction; "" on the continuation of a claim in later paragraphs. */
      text: string;
      /** The words of the revision this segment replaces (never spans a paragraph break). */
      original: string;
      claimId: string;
    };

export type AppliedCorrection = {
  claimId: string;
  start: number;
  end: number;
  exact: string;
  correction: string;
  restated: string;
  rationale: string | null;
  verdictSetBy: string | null;
  verdictSetAt: Date | null;
};

export type SkipKind = "orphaned" | "anchor-mismatch" | "nested" | "overlap";

export type SkippedCorrection = {
  claimId: string;
  kind: SkipKind;
  /** The claim that won, for "nested" and "overlap". */
  conflictsWith?: string;
  /** Human-readable, for the export screen. */
  reason: string;
};

export type CorrectedCopy = {
  /** One list of segments per paragraph of the revision, in order (none contains "\n\n"). */
  paragraphs: CopySegment[][];
  /** The same segments flattened, with the paragraph breaks as "same" text. */
  segments: CopySegment[];
  /** Applied corrections in reading order. */
  applied: AppliedCorrection[];
  skipped: SkippedCorrection[];
};

export function buildCorrectedCopy(text: string, claims: readonly CorrectableClaim[]): CorrectedCopy {
  const { accepted, skipped } = chooseCorrections(text, claims);
  const placed = new Set<string>();
  const paragraphs = splitParagraphs(text).map((paragraph) => {
    const segments: CopySegment[] = [];
    let cursor = paragraph.start;
    for (const claim of accepted) {
      const from = Math.max(claim.start, paragraph.start);
      const to = Math.min(claim.end, paragraph.end);
      if (to <= from) continue;
      pushSame(segments, text.slice(cursor, from));
      // The correction goes where the claim's words begin; later pieces only delete.
      const isFirstPiece = !placed.has(claim.claimId);
      placed.add(claim.claimId);
      segments.push({
        kind: "replaced",
        text: isFirstPiece ? claim.correction : "",
        original: text.slice(from, to),
        claimId: claim.claimId,
      });
      cursor = to;
    }
    pushSame(segments, text.slice(cursor, paragraph.end));
    return segments;
  });
  return { paragraphs, segments: flattenParagraphs(paragraphs), applied: accepted, skipped };
}

/** The clean corrected text of each paragraph, dropping paragraphs a correction emptied. */
export function toCleanParagraphs(copy: CorrectedCopy): string[] {
  return copy.paragraphs
    .map((segments) => segments.map((segment) => segment.text).join("").trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** The clean corrected text, paragraphs separated by "\n\n" like the stored text. */
export function toCorrectedText(copy: CorrectedCopy): string {
  return toCleanParagraphs(copy).join(PARAGRAPH_SEPARATOR);
}

function chooseCorrections(
  text: string,
  claims: readonly CorrectableClaim[],
): { accepted: AppliedCorrection[]; skipped: SkippedCorrection[] } {
  const skipped: SkippedCorrection[] = [];
  const candidates: AppliedCorrection[] = [];
  for (const claim of claims) {
    const core = collapseWhitespace(claim.correction ?? "");
    if (claim.verdict !== "corrected" || !core) continue;
    const correction = `${edgeSpace(claim.exact, /^\s+/)}${core}${edgeSpace(claim.exact, /\s+$/)}`;
    if (claim.isOrphaned) {
      skipped.push({ claimId: claim.id, kind: "orphaned", reason: "The claim is orphaned: its words are no longer in this revision." });
    } else if (!isAnchorValid(text, claim)) {
      skipped.push({ claimId: claim.id, kind: "anchor-mismatch", reason: "The claim's offsets no longer hold its quoted words." });
    } else {
      candidates.push({
        claimId: claim.id,
        start: claim.start,
        end: claim.end,
        exact: claim.exact,
        correction,
        restated: claim.restated,
        rationale: claim.rationale,
        verdictSetBy: claim.verdictSetBy ?? null,
        verdictSetAt: claim.verdictSetAt ?? null,
      });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || compareIds(a.claimId, b.claimId));
  const accepted: AppliedCorrection[] = [];
  for (const candidate of candidates) {
    // Accepted spans are disjoint and sorted, so only the last one can overlap.
    const last = accepted.at(-1);
    if (!last || candidate.start >= last.end) {
      accepted.push(candidate);
    } else if (candidate.end <= last.end) {
      skipped.push({
        claimId: candidate.claimId,
        kind: "nested",
        conflictsWith: last.claimId,
        reason: "The claim lies inside another corrected claim, whose correction replaces these words.",
      });
    } else {
      skipped.push({
        claimId: candidate.claimId,
        kind: "overlap",
        conflictsWith: last.claimId,
        reason: "The claim overlaps a corrected claim that starts earlier; that correction applies instead.",
      });
    }
  }
  return { accepted, skipped };
}

function isAnchorValid(text: string, claim: CorrectableClaim): boolean {
  const { start, end } = claim;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) return false;
  if (text.slice(start, end) !== claim.exact) return false;
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return false;
  // A span of nothing but a paragraph break has no words to correct.
  return text.slice(start, end).split(PARAGRAPH_SEPARATOR).some((piece) => piece.length > 0);
}

/** The claim's edge whitespace as typed; none when it holds a line break (a paragraph edge). */
function edgeSpace(exact: string, edge: RegExp): string {
  const match = edge.exec(exact);
  return match && !/[\r\n]/.test(match[0]) ? match[0] : "";
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function pushSame(segments: CopySegment[], text: string): void {
  if (text) segments.push({ kind: "same", text });
}

function flattenParagraphs(paragraphs: CopySegment[][]): CopySegment[] {
  const flat: CopySegment[] = [];
  paragraphs.forEach((segments, index) => {
    if (index > 0) appendSame(flat, PARAGRAPH_SEPARATOR);
    for (const segment of segments) {
      if (segment.kind === "same") appendSame(flat, segment.text);
      else flat.push(segment);
    }
  });
  return flat;
}

function appendSame(flat: CopySegment[], text: string): void {
  const last = flat.at(-1);
  if (last?.kind === "same") flat[flat.length - 1] = { kind: "same", text: last.text + text };
  else flat.push({ kind: "same", text });
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
