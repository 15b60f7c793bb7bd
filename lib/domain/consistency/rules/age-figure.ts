import type { Quantity } from "../numbers";

/**
 * "a 45-year-old man", "two women aged 30 and 32": a figure that is somebody's age. It describes a part or a
 * person; it is never a part, a total or a level to compare.
 */
export function isAnAge(sentence: string, q: Quantity): boolean {
  return /^[-\s]years?[-\s]old\b/i.test(sentence.slice(q.end, q.end + 12)) || /\baged\s+(?:\d+\s*(?:,|and|to)\s*)*$/i.test(sentence.slice(Math.max(0, q.start - 30), q.start));
}
