import { describe, expect, it } from "vitest";
import { normaliseArticleText, splitParagraphs } from "./article-text";

describe("normaliseArticleText", () => {
  it("joins paragraphs with one blank line and unwraps hard line breaks", () => {
    const raw = "First line\r\ncontinues here.\r\n\r\n\r\n  Second   paragraph. \n";
    expect(normaliseArticleText(raw)).toBe("First line continues here.\n\nSecond paragraph.");
  });
  it("keeps Unicode as it is", () => {
    expect(normaliseArticleText("“Senard” 🚗 café")).toBe("“Senard” 🚗 café");
  });
});

describe("splitParagraphs", () => {
  it("gives offsets into the whole text", () => {
    const text = "One.\n\nTwo two.";
    const [first, second] = splitParagraphs(text);
    expect(first).toEqual({ index: 0, start: 0, end: 4, text: "One." });
    expect(text.slice(second.start, second.end)).toBe("Two two.");
  });
});
