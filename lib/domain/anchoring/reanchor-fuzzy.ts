// Stage 2 of re-anchoring: the words changed but the passage is still there.
// Candidates come from approximate search of the quote (Myers' algorithm via
// approx-string-match, as Hypothesis does), both across the whole text and in
// the places where the claim is expected: near the mapped old position and
// right after/before surviving pieces of its prefix/suffix. (approx-string-match
// reports only the lowest-cost matches of a search, so an untouched repeat of
// the quote elsewhere would otherwise hide the edited passage.)
import approxSearch from "approx-string-match";
import { diffChars, type Change } from "diff";
import type { Anchor } from "./create-anchor";
import {
  hasContextSupport,
  isDistinctiveQuote,
  maxErrorsFor,
  REANCHOR_THRESHOLDS,
  scoreSpan,
  type ScoredSpan,
  type Span,
} from "./reanchor-scoring";
import { snapToWords, wordEdgesOf } from "./reanchor-words";

type Match = Span & { errors: number };

const MAX_CANDIDATES = 24;
const MAX_CONTEXT_HITS = 10;
const CONTEXT_PROBE_LENGTH = 16;
const MIN_CONTEXT_PROBE_LENGTH = 8;
// Refining boundaries compares quote + context with edit distance; past this
// many character pairs the raw match is used as it is.
const MAX_REFINE_COST = 4_000_000;

export function chooseChangedWords(anchor: Anchor, text: string, hint: number): ScoredSpan | null {
  const maxErrors = maxErrorsFor(anchor.exact);
  if (maxErrors < 1) return null;
  const { MIN_QUOTE_SIMILARITY, MIN_CHANGED_SCORE, STRONG_QUOTE_SIMILARITY } = REANCHOR_THRESHOLDS;
  const isDistinctive = isDistinctiveQuote(anchor.exact);
  const accepted = collectMatches(anchor, text, hint, maxErrors)
    .map((match) => scoreBestSpan(anchor, text, match, hint))
    .filter((span): span is ScoredSpan => span !== null)
    .filter(
      (span) =>
        span.quote >= MIN_QUOTE_SIMILARITY &&
        span.score >= MIN_CHANGED_SCORE &&
        (hasContextSupport(span) || (isDistinctive && span.quote >= STRONG_QUOTE_SIMILARITY)),
    )
    .sort((a, b) => b.score - a.score || Math.abs(a.start - hint) - Math.abs(b.start - hint));
  return accepted[0] ?? null;
}

function collectMatches(anchor: Anchor, text: string, hint: number, maxErrors: number): Match[] {
  const length = anchor.exact.length;
  const slack = maxErrors + 8;
  const windows: Span[] = [{ start: hint - length - 64, end: hint + 2 * length + 64 }];
  for (const end of findProbe(text, anchor.prefix.slice(-CONTEXT_PROBE_LENGTH))) {
    windows.push({ start: end - 8, end: end + length + slack });
  }
  for (const start of findProbe(text, anchor.suffix.slice(0, CONTEXT_PROBE_LENGTH), true)) {
    windows.push({ start: start - length - slack, end: start + 8 });
  }
  const matches = approxSearch(text, anchor.exact, maxErrors);
  for (const window of windows) {
    const from = Math.max(0, window.start);
    const to = Math.min(text.length, window.end);
    if (to <= from) continue;
    for (const match of approxSearch(text.slice(from, to), anchor.exact, maxErrors)) {
      matches.push({ start: match.start + from, end: match.end + from, errors: match.errors });
    }
  }
  const unique = new Map(matches.map((match) => [`${match.start}:${match.end}`, match]));
  return [...unique.values()]
    .sort((a, b) => a.errors - b.errors || Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_CANDIDATES);
}

/** Where a piece of context occurs: its ends (prefix probes) or starts (suffix probes). */
function findProbe(text: string, probe: string, atStart = false): number[] {
  if (probe.trim().length < MIN_CONTEXT_PROBE_LENGTH) return [];
  const hits: number[] = [];
  for (let at = text.indexOf(probe); at >= 0 && hits.length < MAX_CONTEXT_HITS; at = text.indexOf(probe, at + 1)) {
    hits.push(atStart ? at : at + probe.length);
  }
  return hits;
}

/**
 * approx-string-match finds the cheapest alignment of the quote alone, which
 * can eat into unchanged context ("owns 15%" for "a majority 15%"). Aligning
 * prefix + quote + suffix with the same stretch of new text puts the
 * boundaries where the old context ends; the better-scoring of both wins.
 */
function scoreBestSpan(anchor: Anchor, text: string, match: Match, hint: number): ScoredSpan | null {
  const edges = wordEdgesOf(anchor);
  const spans: Span[] = [match];
  const refined = refineBoundaries(anchor, text, match);
  if (refined) {
    spans.push(refined, { start: refined.start, end: match.end }, { start: match.start, end: refined.end });
  }
  const scored = spans
    .map(trimWhitespace(text))
    .filter((span) => span.end > span.start)
    .map((span) => snapToWords(text, span, edges))
    .map((span) => scoreSpan(anchor, text, span, hint, knownDistance(anchor, match, span)));
  return scored.length === 0 ? null : scored.reduce((best, span) => (span.score > best.score ? span : best));
}

// For long quotes the match's own error count, plus one per character the
// span gained or lost since, bounds the edit distance (conservatively).
function knownDistance(anchor: Anchor, match: Match, span: Span): number | undefined {
  if (anchor.exact.length * (span.end - span.start) <= MAX_REFINE_COST) return undefined;
  return match.errors + Math.abs(span.start - match.start) + Math.abs(span.end - match.end);
}

function refineBoundaries(anchor: Anchor, text: string, match: Match): Span | null {
  const pad = 8 + Math.min(match.errors, 64);
  const from = Math.max(0, match.start - anchor.prefix.length - pad);
  const to = Math.min(text.length, match.end + anchor.suffix.length + pad);
  const before = anchor.prefix + anchor.exact + anchor.suffix;
  if (before.length * (to - from) > MAX_REFINE_COST) return null;
  const parts = diffChars(before, text.slice(from, to));
  const start = from + mapStart(parts, anchor.prefix.length);
  const end = from + mapEnd(parts, anchor.prefix.length + anchor.exact.length, to - from);
  return end > start ? { start, end } : null;
}

/** Just after the last kept character before `offset`: edits at the edge join the quote. */
function mapStart(parts: Change[], offset: number): number {
  let oldPos = 0;
  let newPos = 0;
  let mapped = 0;
  for (const part of parts) {
    if (oldPos >= offset) break;
    const length = part.value.length;
    if (!part.added && !part.removed) mapped = newPos + Math.min(length, offset - oldPos);
    if (!part.added) oldPos += length;
    if (!part.removed) newPos += length;
  }
  return mapped;
}

/** At the first kept character from `offset` on: edits at the edge join the quote. */
function mapEnd(parts: Change[], offset: number, regionLength: number): number {
  let oldPos = 0;
  let newPos = 0;
  for (const part of parts) {
    const length = part.value.length;
    if (!part.added && !part.removed && oldPos + length > offset) return newPos + Math.max(0, offset - oldPos);
    if (!part.added) oldPos += length;
    if (!part.removed) newPos += length;
  }
  return regionLength;
}

function trimWhitespace(text: string) {
  return (span: Span): Span => {
    let { start, end } = span;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start, end };
  };
}
