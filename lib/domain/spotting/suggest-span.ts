// Which words of a check-worthy sentence to suggest as the claim. The rule, in
// order (docs/spotter.md has examples):
// 1. A quotation followed by its attribution (“…,” Senard said …): the quoted words.
// 2. Otherwise an attribution tail is cut off at its comma (…, chairman Senard
//    said yesterday. / …, according to Reuters.) unless the tail itself holds a
//    claim (a digit, or "that …"); "According to X," at the start is cut too.
// 3. The final full stop goes; a question or exclamation mark stays.
// 4. The span narrows to the clauses that hold the reasons: clauses end at
//    "; ", a spaced dash, or a comma before but/while/whereas/although/though/
//    yet/so. A clause opening with which/who joins the one before it (and,
//    between dashes, the one after), and a narrowed span shorter than four
//    words is not used.
import type { ReasonHit } from "./reasons";

export type Span = { start: number; end: number };

const SPEECH = "said|says|told|tells|added|adds|stated|insisted|insists|noted|wrote|argued|claimed|explained|warned|asked";
const QUOTE_ATTRIBUTION = new RegExp(`^\\s*(?:[^\\s”"]+\\s+){0,7}?(?:${SPEECH})\\b`, "iu");
const ATTRIBUTION_TAIL = new RegExp(
  `^,\\s+(?:(?!(?:I|we|you)\\s)(?:[^\\s,;]+\\s+){0,7}?(?:${SPEECH})\\b|according to\\b|reported by\\b)`,
  "iu",
);
const TAIL_WITH_CLAIM = /\d|\bthat\b/i;
const ACCORDING_HEAD = /^according to [^,]{1,80},\s+/i;
const CLAUSE_BREAK = /;\s+|\s+[–—]\s+|\s+--\s+|,\s+(?=(?:but|while|whereas|although|though|yet|so)\s)/giu;
const LEADING_CONJUNCTION = /^(?:and|but|while|whereas|although|though|yet|so)\s+/i;
const RELATIVE_OPENING = /^(?:which|who|whose|where|when)\b/i;
const MIN_NARROWED_WORDS = 4;

/**
 * The span (offsets into `sentence`) to suggest. `findHits` says where the
 * reasons matched; it is called only when the sentence has clauses to choose from.
 */
export function suggestSpan(sentence: string, findHits: () => readonly ReasonHit[]): Span {
  const quoted = quotedWords(sentence);
  if (quoted) return quoted;
  let span = trimAttribution(sentence);
  span = trimEnd(sentence, span);
  return narrowToClauses(sentence, span, findHits);
}

function quotedWords(sentence: string): Span | null {
  const open = sentence[0];
  if (open !== "“" && open !== '"') return null;
  const close = sentence.indexOf(open === "“" ? "”" : '"', 1);
  if (close < 0 || !QUOTE_ATTRIBUTION.test(sentence.slice(close + 1))) return null;
  let end = close;
  while (end > 1 && /[\s,]/.test(sentence[end - 1])) end--;
  return end > 1 ? { start: 1, end } : null;
}

function trimAttribution(sentence: string): Span {
  let start = 0;
  const head = ACCORDING_HEAD.exec(sentence);
  if (head) start = head[0].length;
  for (let comma = sentence.indexOf(",", start); comma >= 0; comma = sentence.indexOf(",", comma + 1)) {
    const tail = sentence.slice(comma);
    if (ATTRIBUTION_TAIL.test(tail) && !TAIL_WITH_CLAIM.test(tail) && countWords(sentence.slice(start, comma)) >= 3) {
      return { start, end: comma };
    }
  }
  return { start, end: sentence.length };
}

function trimEnd(sentence: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && /[\s.…,;:]/.test(sentence[end - 1])) end--;
  while (start < end && /\s/.test(sentence[start])) start++;
  return { start, end };
}

function narrowToClauses(sentence: string, span: Span, findHits: () => readonly ReasonHit[]): Span {
  const clauses: Span[] = [];
  let clauseStart = span.start;
  const text = sentence.slice(0, span.end);
  CLAUSE_BREAK.lastIndex = span.start;
  for (let match = CLAUSE_BREAK.exec(text); match; match = CLAUSE_BREAK.exec(text)) {
    clauses.push({ start: clauseStart, end: match.index });
    clauseStart = match.index + match[0].length;
  }
  clauses.push({ start: clauseStart, end: span.end });
  if (clauses.length === 1) return span;
  const inside = findHits().filter((hit) => hit.start >= span.start && hit.end <= span.end);
  if (inside.length === 0) return span;
  const clauseOf = (offset: number) => {
    const index = clauses.findIndex((clause) => offset < clause.end);
    return index < 0 ? clauses.length - 1 : index;
  };
  let first = Math.min(...inside.map((hit) => clauseOf(hit.start)));
  let last = Math.max(...inside.map((hit) => clauseOf(hit.end - 1)));
  while (first > 0 && RELATIVE_OPENING.test(sentence.slice(clauses[first].start))) first--;
  // A relative clause between dashes is parenthetical: the sentence goes on after it.
  if (last < clauses.length - 1 && last > first && RELATIVE_OPENING.test(sentence.slice(clauses[last].start))) last++;
  let start = clauses[first].start;
  const conjunction = LEADING_CONJUNCTION.exec(sentence.slice(start, clauses[last].end));
  if (conjunction) start += conjunction[0].length;
  const narrowed = trimEnd(sentence, { start, end: clauses[last].end });
  return countWords(sentence.slice(narrowed.start, narrowed.end)) >= MIN_NARROWED_WORDS ? narrowed : span;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
