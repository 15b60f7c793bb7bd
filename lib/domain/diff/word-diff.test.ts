import { describe, expect, it } from "vitest";
import { diffRevisionWords, splitDiffIntoParagraphs, type WordDiffPart } from "./word-diff";

const oldOf = (parts: WordDiffPart[]) => parts.filter((p) => p.kind !== "added").map((p) => p.text).join("");
const newOf = (parts: WordDiffPart[]) => parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("");

describe("diffRevisionWords", () => {
  it("shows the demo correction as words removed and added", () => {
    const oldText = "The French government, which owns a majority 15% of Renault, blocked a vote.";
    const newText = "The French government, which owns 15% of Renault, blocked a vote.";
    expect(diffRevisionWords(oldText, newText)).toEqual([
      { kind: "same", text: "The French government, which owns " },
      { kind: "removed", text: "a majority " },
      { kind: "same", text: "15% of Renault, blocked a vote." },
    ]);
  });

  it("joins neighbouring changed words into one removal and one addition", () => {
    const parts = diffRevisionWords("Renault owns a majority stake.", "Renault holds the biggest stake.");
    expect(parts).toEqual([
      { kind: "same", text: "Renault " },
      { kind: "removed", text: "owns a majority" },
      { kind: "added", text: "holds the biggest" },
      { kind: "same", text: " stake." },
    ]);
  });

  it("keeps paragraph breaks whole, for added and removed paragraphs", () => {
    const oldText = "One two three.\n\nGone paragraph.\n\nFour five.\n\nLast.";
    const newText = "One 2 three.\n\nFour five six.\n\nSeven.\n\nLast.";
    const parts = diffRevisionWords(oldText, newText);
    expect(oldOf(parts)).toBe(oldText);
    expect(newOf(parts)).toBe(newText);
    for (const part of parts) expect(part.text.replace(/\n\n/g, "")).not.toContain("\n");
    const paragraphs = splitDiffIntoParagraphs(parts).map((paragraph) => paragraph.parts);
    expect(paragraphs).toContainEqual([{ kind: "removed", text: "Gone paragraph." }]);
    expect(paragraphs).toContainEqual([{ kind: "added", text: "Seven." }]);
  });

  it("keeps UTF-16 text intact around emoji and accents", () => {
    const parts = diffRevisionWords("Café 🚗 déjà vu.", "Café 🚙 déjà vu!");
    expect(oldOf(parts)).toBe("Café 🚗 déjà vu.");
    expect(newOf(parts)).toBe("Café 🚙 déjà vu!");
    expect(parts).toContainEqual({ kind: "removed", text: "🚗" });
  });

  it("handles identical and empty texts", () => {
    expect(diffRevisionWords("Same.", "Same.")).toEqual([{ kind: "same", text: "Same." }]);
    expect(diffRevisionWords("", "")).toEqual([]);
    expect(diffRevisionWords("", "New.")).toEqual([{ kind: "added", text: "New." }]);
  });

  it("falls back to whole paragraphs when the texts are too different for a word diff", () => {
    const oldText = Array.from({ length: 600 }, (_, i) => `old words number ${i} here`).join("\n\n");
    const newText = Array.from({ length: 600 }, (_, i) => `${i % 2 ? "new" : "old"} text ${i * 7} there`).join("\n\n");
    const parts = diffRevisionWords(oldText, newText);
    expect(oldOf(parts)).toBe(oldText);
    expect(newOf(parts)).toBe(newText);
  });
});

describe("splitDiffIntoParagraphs", () => {
  it("starts a paragraph at every break and says whether the break is new", () => {
    const parts = diffRevisionWords("A b.\n\nC d.", "A b.\n\nNew.\n\nC e.");
    expect(splitDiffIntoParagraphs(parts)).toEqual([
      { breakBefore: null, parts: [{ kind: "same", text: "A b." }] },
      { breakBefore: "same", parts: [{ kind: "added", text: "New." }] },
      {
        breakBefore: "added",
        parts: [
          { kind: "same", text: "C " },
          { kind: "removed", text: "d" },
          { kind: "added", text: "e" },
          { kind: "same", text: "." },
        ],
      },
    ]);
  });
});
