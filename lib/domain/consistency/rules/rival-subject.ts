import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads one way a rate is set beside another body's.)
//
// "The Central line was the least reliable with 89% of trains on time, while the Northern line managed 92%", "The
// Royal saw 81% of patients within four hours, whereas the General achieved 76%": a share of a whole told in a
// state ("on time", "seen within", "passing") is a rate, the subject's; a later share with no whole of its own, after
// "while" or "whereas" and a new subject, is that other subject's rate, of its own whole. ("Men hold 62% of seats,
// while women hold 45%" and "Labour won 44% of the vote, while the Tories managed 39%" share one whole, told in no
// state: parts of it.)
const STATE_AFTER = /^\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[\p{L}’'-]+\s+){1,2}?(?:on\s+time|late|punctual|within|seen|met|\p{Ll}{3,}(?:ed|ing))\b/iu;
const NEW_SUBJECT_BEFORE = /(?:,\s*|\s)(?:while|whereas)\s+((?:the|its|their|his|her)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+(?:managed|achieved|recorded|posted|reached|hit|scored|ran|had|saw|reported|was\s+on|stood\s+at|came\s+in\s+at)\s+(?:(?:just|only|some|about|around|nearly|almost|a)\s+)?$/u;

/** The other subject a share is the rate of (see above), or null. `previous` is the share before it of that whole. */
export function rivalSubject(sentence: string, share: Quantity, previous: Quantity | null): string | null {
  if (!previous || !STATE_AFTER.test(sentence.slice(previous.end, previous.end + 60))) return null;
  const subject = NEW_SUBJECT_BEFORE.exec(sentence.slice(previous.end, share.start))?.[1];
  return subject ? subject.toLowerCase() : null;
}
