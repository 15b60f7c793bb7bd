import { describe, expect, it } from "vitest";
import { createPositionMapper } from "./reanchor-position";

describe("createPositionMapper", () => {
  it("shifts offsets after an insertion and keeps those before it", () => {
    const map = createPositionMapper("one two three", "one 🚗 two three");
    expect(map(0)).toBe(0);
    expect(map(4)).toBe(4);
    expect(map(8)).toBe(11); // "three" follows the 3 inserted code units
  });

  it("maps offsets inside deleted words to where the deletion happened", () => {
    const map = createPositionMapper("keep gone keep too", "keep keep too");
    expect(map(6)).toBe(5);
    expect(map(10)).toBe(5);
    expect(map(15)).toBe(10);
  });

  it("maps the end of the text to the end of the new text", () => {
    const map = createPositionMapper("a b c", "x a b c d");
    expect(map(5)).toBe(7);
    expect(map(2)).toBe(4);
  });

  it("falls back to proportional offsets when the texts have nothing in common", () => {
    const oldText = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
    const newText = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(" ");
    const map = createPositionMapper(oldText, newText);
    expect(map(oldText.length / 2)).toBeCloseTo(newText.length / 2, -1);
  });
});
