// "Warming beyond 1.5C, or 2.7F, above pre-industrial levels": a rise or gap in temperature converts without the
// Fahrenheit scale's 32 degrees (1.5C of warming is 2.7F of warming, where a temperature of 1.5C is 34.7F).
// unit-restatement reads the change here (its own file, so that the rule stays short and measures.ts, which reads
// temperatures, stays as it is).
import { unitNamed, type Measure } from "../measures";

// Before the first: a word of change that the figure measures ("warming of", "a rise of", "rose by", "warmed by").
// ("Forecast to rise to 40C (104F)" is a temperature: only warming is "to" a figure of change.)
const CHANGE_BEFORE = /\b(?:(?:warming|heating|cooling)(?:\s+(?:of|by|beyond|to|past|above|below|at|limited\s+to))?|(?:rise|increase|fall|drop|anomaly)\s+(?:of|by)|(?:rose|risen|rises|rise|fell|fallen|falls|climbed|dropped|increased|decreased|warmed|cooled|heated|up|down)\s+(?:by|some|about|around|nearly|almost|more\s+than)|(?:warmer|hotter|cooler|colder)\s+by)\s+(?:(?:some|about|around|roughly|nearly|almost|more\s+than|less\s+than|up\s+to|just\s+over|just\s+under|well\s+over|at\s+least)\s+)?$/i;
// After either: a comparison that makes it a gap ("3C (5.4F) warmer than", "2C, or 3.6F, above the long-term
// average", "above pre-industrial levels"). Not "below freezing", which is a temperature ("5C below freezing").
const CHANGE_AFTER = /^\s*\)?,?\s*(?:warmer|hotter|cooler|colder|higher|lower|(?:above|below)\s+(?:the\s+)?(?:[\p{L}\d’'-]+\s+){0,2}?(?:average|averages|normal|norm|pre-?industrial|seasonal|levels?))\b/iu;

/** Whether the pair of temperatures is a change or a gap, which converts by the scales' sizes alone. */
export function isTemperatureChange(sentence: string, first: Measure, second: Measure): boolean {
  if (first.dimension !== "temperature" || second.dimension !== "temperature") return false;
  return CHANGE_BEFORE.test(sentence.slice(Math.max(0, first.start - 40), first.start))
    || CHANGE_AFTER.test(sentence.slice(first.end, first.end + 50)) || CHANGE_AFTER.test(sentence.slice(second.end, second.end + 50));
}

/** The temperature as a change: in Celsius degrees, with no offset ("2.7F" of warming is 1.5 degrees). */
export function asChange(m: Measure): Measure {
  return { ...m, base: m.base - (unitNamed(m.unit)?.offset ?? 0) };
}
