// Maps a DOM selection inside the article text back to offsets into the stored
// revision text. Every rendered run (span or mark) carries data-start/data-end;
// a boundary inside a run's text node is run start + offset, and a boundary
// between elements (a triple click, a drag past a paragraph's end) snaps to the
// nearest run. Paragraph breaks ("\n\n") fall between runs and need no counting.
export const RUN_SELECTOR = "[data-start]";

export type SelectedSpan = { start: number; end: number; range: Range };

export function getSelectedSpan(container: HTMLElement, selection: Selection | null): SelectedSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = toOffset(container, range.startContainer, range.startOffset);
  const end = toOffset(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end, range };
}

function toOffset(container: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>(RUN_SELECTOR);
    if (run && container.contains(run)) return Number(run.dataset.start) + offset;
  }
  const runs = [...container.querySelectorAll<HTMLElement>(RUN_SELECTOR)];
  if (runs.length === 0) return null;
  const point = document.createRange();
  point.setStart(node, Math.min(offset, maxOffset(node)));
  // The first run that starts at or after the boundary; else the end of the last run.
  const next = runs.find((run) => point.comparePoint(run, 0) >= 0);
  return next ? Number(next.dataset.start) : Number(runs[runs.length - 1].dataset.end);
}

function maxOffset(node: Node): number {
  return node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;
}
