// A claim is anchored like a Hypothesis annotation: the quoted words plus 32
// characters of context either side (TextQuoteSelector) and the offsets
// (TextPositionSelector). The context lets re-anchoring tell repeats apart.
export const CONTEXT_LENGTH = 32;

export type Anchor = {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
};

export function createAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`Span ${start}–${end} lies outside the text (length ${text.length}).`);
  }
  if (end <= start) throw new RangeError("A claim must cover at least one character.");
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/** Anchors the first occurrence of `quote`, or returns null when it is absent. */
export function anchorQuote(text: string, quote: string): Anchor | null {
  const start = text.indexOf(quote);
  return start < 0 ? null : createAnchor(text, start, start + quote.length);
}
