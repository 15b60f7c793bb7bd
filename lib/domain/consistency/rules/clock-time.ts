import type { Quantity } from "../numbers";

/** "2:11", "10:30", "1:21.4": a clock or a race time, read by the number parser as two numbers; neither is a figure. */
export function isClockTime(sentence: string, q: Quantity): boolean {
  return /^:\d/.test(sentence.slice(q.end, q.end + 2)) || /\d:$/.test(sentence.slice(Math.max(0, q.start - 2), q.start));
}

export type RaceTime = { start: number; end: number; text: string; seconds: number };

// "2:21:08", "1:21.4", "3:29.98": hours, minutes and seconds, or minutes and seconds with a fraction, are a time taken.
// "in 3:45", "clocked 4:02", "a time of 2:05": minutes and seconds alone only after words that time something, for "at
// 10:30", "the 10:30 train" and "10:30pm" are the time of day.
const CLOCK = /(?<![\d:.])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(\.\d+)?(?![\d:])/g;
const TIMED_BEFORE = /\b(?:in|clocked|ran|run|swam|rode|time\s+of|times\s+of|record\s+of|finished\s+in|on)\s+(?:(?:a|an|just|only|about|some)\s+)?$/i;
const TIME_OF_DAY_AFTER = /^\s*(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|est|h\b|hrs\b|local\b)/i;

// "a lap of 1min 29.7sec", "in 3m 41.2s": minutes and seconds written with their units are a time taken too, and so
// are hours before them ("2hr 5min 41sec").
const MIN_SEC = /(?<![\d.])(?:(\d{1,2})\s?(?:hours?|hrs?|h)\s+)?(\d{1,3})\s?(?:minutes?|mins?|m)\s+(\d{1,2}(?:\.\d+)?)\s?(?:seconds?|secs?|s)\b/gi;

/** Race times in the sentence, in seconds. */
export function raceTimes(sentence: string): RaceTime[] {
  const times: RaceTime[] = [];
  for (const match of sentence.matchAll(CLOCK)) {
    const [text, first, second, third, fraction] = match;
    const end = match.index + text.length;
    if (TIME_OF_DAY_AFTER.test(sentence.slice(end, end + 6))) continue;
    if (third === undefined && fraction === undefined && !TIMED_BEFORE.test(sentence.slice(Math.max(0, match.index - 20), match.index))) continue;
    const seconds = third === undefined
      ? Number(first) * 60 + Number(second) + Number(fraction ?? 0)
      : Number(first) * 3600 + Number(second) * 60 + Number(third) + Number(fraction ?? 0);
    times.push({ start: match.index, end, text, seconds });
  }
  for (const match of sentence.matchAll(MIN_SEC)) {
    times.push({ start: match.index, end: match.index + match[0].length, text: match[0], seconds: Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]) });
  }
  return times.sort((a, b) => a.start - b.start);
}
