import { describe, expect, it } from "vitest";
import { decodePageCursor, encodePageCursor } from "./page-cursor";

const id = "0b7e2a52-8c1f-4c57-9a43-1f4f7d2a9e10";

describe("page cursors", () => {
  it("round-trip an offset and a keyset", () => {
    expect(decodePageCursor(encodePageCursor({ offset: 50 }))).toEqual({ offset: 50 });
    const keyset = { at: new Date("2026-12-01T10:00:00.123Z"), id };
    expect(decodePageCursor(encodePageCursor({ keyset }))).toEqual({ keyset });
  });

  it.each(["", "o", "o0", "o-5", "o9999999", "x.y", `12.${id}x`, "o5; drop table"])("reads %j as the first page", (text) => {
    expect(decodePageCursor(text)).toBeNull();
  });
});
