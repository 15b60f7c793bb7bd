// The precise words to check inside a sentence: the claim without its
// attribution. "X is Y, the minister said yesterday." → "X is Y"; "It has been
// reported that X is Y." → "X is Y". Quotes keep their words; a sentence with
// nothing to trim is suggested whole.
const TRAILING_ATTRIBUTION =
  /,?\s*["”’]?,?\s+(?:(?:he|she|they|it|we|I)\s+|(?:[a-z]+\s+){0,3}(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+[a-z]+)?\s+){1,4})(?:said|says|told|added|claimed|stated|insisted|noted|explained|wrote)\b[^"“”]*$/;
const LEADING_ATTRIBUTION = /^(?:it (?:has been|was|is) (?:reported|said|claimed|announced) that|according to [^,]+,)\s+/i;

export function suggestSpan(sentence: string): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  const lead = LEADING_ATTRIBUTION.exec(sentence);
  if (lead) start = lead[0].length;
  const tail = TRAILING_ATTRIBUTION.exec(sentence.slice(start));
  if (tail && tail.index > 20) end = start + tail.index;
  // Drop a final full stop and any blank, so the claim is the statement itself.
  while (end > start && /[\s.,;:]/.test(sentence[end - 1])) end--;
  while (start < end && /[\s"“]/.test(sentence[start]) && !sentence.slice(start, end).includes("”")) start++;
  return end > start ? { start, end } : { start: 0, end: sentence.length };
}
