// Scrolling to a claim moves only the column it is in. element.scrollIntoView()
// scrolls every scrollable ancestor, the window included, so pressing `j` on a
// wide screen scrolled the article's headline and links out of view. When the
// element's column scrolls by itself (data-scroll-column, overflow set), only
// that column moves; otherwise (a column that grows with its content) the window does.

type Mode = "center" | "nearest";

export function scrollWithinColumn(element: Element | null | undefined, mode: Mode, behavior: ScrollBehavior = "auto") {
  if (!element) return;
  const column = element.closest<HTMLElement>("[data-scroll-column]");
  if (!column || !scrollsByItself(column)) {
    element.scrollIntoView({ block: mode, behavior });
    return;
  }
  const box = element.getBoundingClientRect();
  const frame = column.getBoundingClientRect();
  const offset = box.top - frame.top; // from the column's visible top
  let delta: number;
  if (mode === "center") delta = offset - (column.clientHeight - box.height) / 2;
  else if (offset < 0) delta = offset;
  else if (offset + box.height > column.clientHeight) delta = offset + box.height - column.clientHeight;
  else return;
  column.scrollTo({ top: column.scrollTop + delta, behavior });
}

function scrollsByItself(column: HTMLElement): boolean {
  const { overflowY } = getComputedStyle(column);
  return (overflowY === "auto" || overflowY === "scroll") && column.scrollHeight > column.clientHeight;
}
