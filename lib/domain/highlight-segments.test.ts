import { describe, expect, it } from "vitest";
import { segmentText } from "./highlight-segments";

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
