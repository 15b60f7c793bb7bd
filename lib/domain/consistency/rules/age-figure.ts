import type { Quantity } from "../numbers";

/**
 * "a 45-year-old man", "two women aged 30 and 32": a figure that is somebody's age. It describes a part or a
 * person; it is never a part, a total or a level to compare.
 */
export function isAnAge(sentence: string, q: Quantity): boolean {
  return /^[-\s]years?[-\s]old\b/i.test(sentence.slice(q.end, q.end + 12)) || /\baged\s+(?:\d+\s*(?:,|and|to)\s*)*$/i.test(sentence.slice(Math.max(0, q.start - 30), q.start)) || isAgeBound(sentence, q);
}

// "nine of the men were over 70", "patients under 18": people older or younger than an age, not a count of them.
const PEOPLE_BEYOND = /\b(?:were|are|was|is|those|people|anyone|everyone|adults|men|women|children|patients|residents|voters|workers)\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than)\s+$/i;
const AGE_BOUND_AFTER = /^\s*(?:[,.;)]|$|\s+(?:and|or|but|years|were|was|who|had|have|at|in|when)\b)/i;

function isAgeBound(sentence: string, q: Quantity): boolean {
  if (q.isPercent || q.currency || q.value > 120 || q.unit.startsWith("-")) return false;
  return PEOPLE_BEYOND.test(sentence.slice(Math.max(0, q.start - 40), q.start)) && AGE_BOUND_AFTER.test(sentence.slice(q.end, q.end + 12));
}
