import { describe, expect, it } from "vitest";
import { decodeActivityCursor, encodeActivityCursor } from "./activity-cursor";

describe("activity cursor", () => {
  it("round-trips a position to the millisecond", () => {
    const cursor = { at: new Date("2026-12-01T10:15:30.123Z"), id: "0b8f6c9e-2f1a-4c3e-9d7b-5a4e3c2b1a00" };
    expect(decodeActivityCursor(encodeActivityCursor(cursor))).toEqual(cursor);
  });
  it("reads anything else as no cursor", () => {
    for (const text of [undefined, "", "abc", "123", "123.not-a-uuid", "-5.0b8f6c9e-2f1a-4c3e-9d7b-5a4e3c2b1a00", "1e9.0b8f6c9e-2f1a-4c3e-9d7b-5a4e3c2b1a00"]) {
      expect(decodeActivityCursor(text)).toBeNull();
    }
  });
});
