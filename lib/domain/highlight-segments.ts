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
