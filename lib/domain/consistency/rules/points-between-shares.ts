import { findQuantities, type Quantity } from "../numbers";
import type { Finding } from "../rule";
import { BASIS_POINTS, PERCENTAGE_POINTS, pointsOf, type Points } from "./basis-points";

// A gap between two percentages said in points: "2.5 per cent of GDP, 25 basis points above the current 2.3 per cent"
// is 20 basis points; "62 per cent, five percentage points above the 59 per cent of 2019" is three. unit-restatement
// reports it beside basis-points.ts's restatements (its own file: the rule stays short). The percentages are read as
// written: a gap is worked out from the figures the copy gives.

// After the first percentage: a few words of what it is of ("of GDP", "of the vote"), a comma, bracket or dash, then
// perhaps the way it moved ("up", "a rise of") and an approximation.
const AFTER_SHARE = /^(?:\s+(?:of|in|among|for)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)?\s*(?:,|\(|[–—]|\s-\s)\s*(?:(up|down|a\s+(?:rise|fall|drop|increase|decrease|cut|jump)\s+of|an\s+(?:increase|decrease)\s+of)\s+)?((?:some|about|around|roughly|nearly|almost|just\s+over|just\s+under)\s+)?$/iu;
// After the points: which side of the other percentage it is, then at most four words naming it ("the current",
// "last month's", "the Nato target of"). "From" and "on" need the way named before ("up 20 basis points from 3.1%").
const TO_OTHER_SHARE = /^\s+(above|below|higher\s+than|lower\s+than|ahead\s+of|behind|more\s+than|less\s+than|up\s+on|down\s+on|up\s+from|down\s+from|from|on)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;
const UP = /^(?:up|a\s+(?:rise|increase|jump)|an\s+increase|above|higher|ahead|more)/i;

/** "A%, N basis points above the current B%": the points against the gap between the two percentages. */
export function pointsBetweenShares(sentence: string, ruleId: string): Finding[] {
  if (!/points?\b|\d\s?bps?\b/i.test(sentence)) return [];
  const shares = findQuantities(sentence).filter((q) => q.isPercent && !q.isFraction && q.high === undefined);
  if (shares.length < 2) return [];
  const points = [...pointsOf(sentence, BASIS_POINTS, 1), ...pointsOf(sentence, PERCENTAGE_POINTS, 100)];
  return points.flatMap((p) => {
    const finding = gapError(sentence, shares, p, ruleId);
    return finding ? [finding] : [];
  });
}

function gapError(sentence: string, shares: readonly Quantity[], p: Points, ruleId: string): Finding | null {
  const first = shares.filter((q) => q.end <= p.start).at(-1);
  const other = shares.find((q) => q.start >= p.end);
  if (!first || !other) return null;
  const before = AFTER_SHARE.exec(sentence.slice(first.end, p.start));
  const after = TO_OTHER_SHARE.exec(sentence.slice(p.end, other.start));
  if (!before || !after) return null;
  const [moved, side] = [before[1], after[1].toLowerCase()];
  if (!moved && /^(?:from|on)$/.test(side)) return null;
  // ("up 20 basis points on …": the way may be named before the points, or after them, or both the same.)
  const ways = [moved, /^(?:from|on)$/.test(side) ? undefined : side].filter((w): w is string => w !== undefined).map((w) => UP.test(w));
  if (ways.length === 2 && ways[0] !== ways[1]) return null;
  const gap = (ways[0] ? first.value - other.value : other.value - first.value) * 100;
  const isLoose = before[2] !== undefined || first.approx !== "exact" || other.approx !== "exact";
  const slack = p.slack + (isLoose ? 0.1 * p.value : 0) + 1e-9;
  if (Math.abs(gap - p.value) <= slack) return null;
  const inPoints = /basis|bp/i.test(p.text) ? `${Number(gap.toPrecision(4))} basis points` : `${Number((gap / 100).toPrecision(4))} percentage points`;
  return {
    ruleId,
    message: `${first.text.trim()} is ${inPoints} ${ways[0] ? "above" : "below"} ${other.text.trim()}, but the gap is given as ${p.text}.`,
    start: first.start,
    end: other.end,
  };
}
