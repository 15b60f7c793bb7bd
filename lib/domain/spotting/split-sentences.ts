// Sentence splitting for news copy, with offsets into the original text.
// A sentence ends at . ! ? or … (plus any closing quotes or brackets) followed by
// white space and something that can start a sentence. Not at: a title or other
// abbreviation ("Mr.", "Gen.", "Jan."), an initial ("John F. Kennedy"), an
// initialism followed by a name ("the U.S. Senate"), or inside a quotation that
// closes in the same paragraph: “It fell. It rose,” he said. is one sentence,
// because the attribution belongs to the whole quotation. A line break always
// ends a sentence (paragraphs, headlines, one-sentence-per-line files).

export type Sentence = { start: number; end: number; text: string };

// Abbreviations after which a full stop never ends the sentence.
const TITLES = new Set(
  ("mr mrs ms messrs dr prof sr jr st gen col lt maj capt cmdr adm sgt gov sen rep rev hon pres supt insp " +
    "jan feb mar apr jun jul aug sep sept oct nov dec vs v fig approx dept est ca cf mt ft e.g i.e")
    .split(" "),
);
// Abbreviations that may also end a sentence: they end it only when a common
// sentence opener follows ("… Renault Inc. The company said").
const SOMETIMES_FINAL = new Set("inc ltd co corp plc bros etc al no nos a.m p.m".split(" "));
const SENTENCE_OPENERS = new Set(
  ("the a an it its he she they we i you this that these those there here but and or so yet " +
    "in on at for if when while after before as his her their our my some many most no one").split(" "),
);

const TERMINATOR = /[.!?…]/;
const CLOSER = /[”"’')\]]/;
const OPENER = /[\p{Lu}\p{N}“"‘'(\[—–-]/u;

/** The sentences of `text`, trimmed, with offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const quoteEnds = balancedQuoteEnds(text, from, to);
  let start = from;
  let quoteEnd = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const closing = quoteEnds.get(i);
    if (closing !== undefined && closing > quoteEnd) quoteEnd = closing;
    if (!TERMINATOR.test(ch)) continue;
    let end = i + 1;
    while (end < to && (TERMINATOR.test(text[end]) || CLOSER.test(text[end]))) end++;
    // Inside a quotation that closes later on this line: not a sentence end.
    if (end <= quoteEnd || end >= to || !/\s/.test(text[end])) continue;
    let next = end;
    while (next < to && /\s/.test(text[next])) next++;
    if (next >= to) continue;
    if (!OPENER.test(text[next]) || (ch === "." && !endsSentence(text, from, i, next, to))) {
      i = end - 1;
      continue;
    }
    push(text, start, end, out);
    start = next;
    i = next - 1;
  }
  push(text, start, to, out);
}

/** Whether the full stop at `dot` ends a sentence, given the word before it and the one after. */
function endsSentence(text: string, lineStart: number, dot: number, next: number, lineEnd: number): boolean {
  let wordStart = dot;
  while (wordStart > lineStart && /[\p{L}\p{N}.]/u.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, dot);
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  const nextWord = /^[\p{L}\p{N}’']+/u.exec(text.slice(next, Math.min(lineEnd, next + 24)))?.[0].toLowerCase() ?? "";
  const isOpener = SENTENCE_OPENERS.has(nextWord);
  if (SOMETIMES_FINAL.has(lower)) return isOpener;
  // An initial ("F.") or an initialism ("U.S.", "a.m."): a name usually follows.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word)) return isOpener;
  return true;
}

/**
 * For each opening quotation mark whose quotation closes on the same line, the
 * offset of its closing mark. Straight double quotes pair up in order; an
 * unbalanced line (a quotation running over paragraphs) is split as usual.
 */
function balancedQuoteEnds(text: string, from: number, to: number): Map<number, number> {
  const ends = new Map<number, number>();
  const openings: number[] = [];
  let straightOpen = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === "“") openings.push(i);
    else if (ch === "”" && openings.length > 0) ends.set(openings.pop()!, i);
    else if (ch === '"') {
      if (straightOpen === -1) straightOpen = i;
      else {
        ends.set(straightOpen, i);
        straightOpen = -1;
      }
    }
  }
  return ends;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
