// Splits text into runs covered by the same set of claims, so overlapping and
// nested claims can all be drawn: each run knows every claim that covers it.
export type Span = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; text: string; spanIds: string[] };

export function segmentText(text: string, spans: Span[], from = 0, to = text.length): Segment[] {
  const inRange = spans.filter((span) => span.end > from && span.start < to);
  const cuts = new Set<number>([from, to]);
  for (const span of inRange) {
    cuts.add(Math.max(from, span.start));
    cuts.add(Math.min(to, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const spanIds = inRange.filter((span) => span.start <= start && span.end >= end).map((span) => span.id);
    segments.push({ start, end, text: text.slice(start, end), spanIds });
  }
  return segments;
}

/**
 * Gives every span a lane (0, 1, 2…) so that spans which overlap never share
 * one. A span keeps its lane along its whole length, which lets the reader draw
 * one underline per lane and follow a long claim across the claims nested in it.
 */
export function assignLanes(spans: Span[]): Map<string, number> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const span of sorted) {
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.end;
    lanes.set(span.id, lane);
  }
  return lanes;
}

/**
 * The claim a click on a run opens: the innermost (shortest) one first, and on
 * the next click the next one out, so every claim under the words is reachable.
 */
export function pickSpanAt(covering: Span[], currentId: string | null): string | null {
  if (covering.length === 0) return null;
  const ordered = [...covering].sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
  const index = ordered.findIndex((span) => span.id === currentId);
  return ordered[(index + 1) % ordered.length].id;
}

/**
 * A selection made with the mouse often takes a space or a line break at either
 * end: claims are anchored to the words only. Null when nothing but blanks is left.
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to > from ? { start: from, end: to } : null;
}
