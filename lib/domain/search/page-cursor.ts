// Where a page of search results starts, as written into the URL (?after=…):
// "<epoch ms>.<id>" after a row of a newest-first list (a keyset), or "o<n>"
// n results into a ranked list (ranked lists are bounded, see RANK_LIMIT). A
// hand-edited or stale cursor reads as "no cursor" (the first page).
import { decodeActivityCursor, encodeActivityCursor, type ActivityCursor } from "@/lib/domain/activity-cursor";

export type PageCursor = { offset: number } | { keyset: ActivityCursor };

const MAX_OFFSET = 100_000;

export function encodePageCursor(cursor: PageCursor): string {
  return "offset" in cursor ? `o${cursor.offset}` : encodeActivityCursor(cursor.keyset);
}

export function decodePageCursor(text: string | null | undefined): PageCursor | null {
  const offset = /^o(\d{1,6})$/.exec(text ?? "");
  if (offset) {
    const value = Number(offset[1]);
    return value > 0 && value <= MAX_OFFSET ? { offset: value } : null;
  }
  const keyset = decodeActivityCursor(text);
  return keyset ? { keyset } : null;
}
