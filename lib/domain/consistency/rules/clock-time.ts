import type { Quantity } from "../numbers";

/** "2:11", "10:30", "1:21.4": a clock or a race time, read by the number parser as two numbers; neither is a figure. */
export function isClockTime(sentence: string, q: Quantity): boolean {
  return /^:\d/.test(sentence.slice(q.end, q.end + 2)) || /\d:$/.test(sentence.slice(Math.max(0, q.start - 2), q.start));
}
