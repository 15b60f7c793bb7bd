import { describe, expect, it } from "vitest";
import { assignLanes, pickSpanAt, segmentText, trimSpan } from "./highlight-segments";

describe("segmentText", () => {
  it("returns one plain segment when nothing is marked", () => {
    expect(segmentText("abc", [])).toEqual([{ start: 0, end: 3, text: "abc", spanIds: [] }]);
  });
  it("keeps overlapping spans legible: the shared part lists both", () => {
    const segments = segmentText("0123456789", [
      { id: "a", start: 2, end: 6 },
      { id: "b", start: 4, end: 8 },
    ]);
    expect(segments.map((s) => [s.text, s.spanIds])).toEqual([
      ["01", []],
      ["23", ["a"]],
      ["45", ["a", "b"]],
      ["67", ["b"]],
      ["89", []],
    ]);
  });
  it("handles nested spans and a window of the text", () => {
    const segments = segmentText("0123456789", [
      { id: "outer", start: 1, end: 9 },
      { id: "inner", start: 3, end: 5 },
    ], 2, 6);
    expect(segments.map((s) => [s.text, s.spanIds])).toEqual([
      ["2", ["outer"]],
      ["34", ["outer", "inner"]],
      ["5", ["outer"]],
    ]);
  });
});

describe("assignLanes", () => {
  it("puts nested and overlapping spans on different lanes and reuses a free lane", () => {
    const lanes = assignLanes([
      { id: "outer", start: 0, end: 20 },
      { id: "inner", start: 5, end: 10 },
      { id: "overlap", start: 15, end: 30 },
      { id: "later", start: 25, end: 40 },
      { id: "apart", start: 50, end: 60 },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ outer: 0, inner: 1, overlap: 1, later: 0, apart: 0 });
  });
  it("gives spans that only touch the same lane", () => {
    const lanes = assignLanes([
      { id: "a", start: 0, end: 5 },
      { id: "b", start: 5, end: 9 },
    ]);
    expect([lanes.get("a"), lanes.get("b")]).toEqual([0, 0]);
  });
});

describe("pickSpanAt", () => {
  const outer = { id: "outer", start: 0, end: 20 };
  const inner = { id: "inner", start: 5, end: 10 };
  it("opens the innermost claim first, then cycles outwards", () => {
    expect(pickSpanAt([outer, inner], null)).toBe("inner");
    expect(pickSpanAt([outer, inner], "inner")).toBe("outer");
    expect(pickSpanAt([outer, inner], "outer")).toBe("inner");
  });
  it("opens the innermost claim when another claim elsewhere is selected", () => {
    expect(pickSpanAt([outer, inner], "elsewhere")).toBe("inner");
    expect(pickSpanAt([], null)).toBeNull();
  });
});

describe("trimSpan", () => {
  const text = "One two.\n\nThree four.";
  it("drops blanks and paragraph breaks at either end", () => {
    expect(trimSpan(text, 3, 12)).toEqual({ start: 4, end: 12 });
    expect(trimSpan(text, 8, 10)).toBeNull();
  });
  it("accepts a backwards span and clamps it to the text", () => {
    expect(trimSpan(text, 7, 0)).toEqual({ start: 0, end: 7 });
    expect(trimSpan(text, 16, 500)).toEqual({ start: 16, end: 21 });
  });
});
