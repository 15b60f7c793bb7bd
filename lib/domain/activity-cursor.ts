// The dashboard's keyset cursor: the (lastActivityAt, id) of the last article on
// a page, written into the URL as "<epoch ms>.<id>". A hand-edited or stale
// cursor reads as "no cursor" (the first page), never as an error.

export type ActivityCursor = { at: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeActivityCursor(cursor: ActivityCursor): string {
  return `${cursor.at.getTime()}.${cursor.id}`;
}

export function decodeActivityCursor(text: string | null | undefined): ActivityCursor | null {
  const match = /^(\d{1,15})\.(.+)$/.exec(text ?? "");
  if (!match || !UUID.test(match[2])) return null;
  const at = new Date(Number(match[1]));
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2].toLowerCase() };
}
