// The inverse of selection-offsets.ts: a DOM Range over the rendered article
// text for offsets into the stored revision text. Each run (span or mark)
// carries data-start/data-end and holds its words as one text node.
import { RUN_SELECTOR } from "./selection-offsets";

/** The rendered article text (ArticleText marks its container with this attribute). */
export const ARTICLE_TEXT_SELECTOR = "[data-article-text]";

export function rangeForOffsets(container: HTMLElement, start: number, end: number): Range | null {
  const runs = [...container.querySelectorAll<HTMLElement>(RUN_SELECTOR)];
  const from = pointAt(runs, start, "start");
  const to = pointAt(runs, end, "end");
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text node and offset for `offset`; at a run boundary, the run that starts there (start) or ends there (end). */
function pointAt(runs: HTMLElement[], offset: number, side: "start" | "end"): { node: Node; offset: number } | null {
  const run = runs.find((candidate) => {
    const runStart = Number(candidate.dataset.start);
    const runEnd = Number(candidate.dataset.end);
    return side === "start" ? runStart <= offset && offset < runEnd : runStart < offset && offset <= runEnd;
  });
  const node = run?.firstChild;
  if (!run || !node || node.nodeType !== Node.TEXT_NODE) return null;
  return { node, offset: offset - Number(run.dataset.start) };
}
