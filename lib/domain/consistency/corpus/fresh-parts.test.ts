// Only parses the held-out parts and untuned.tsv (halves of batches written by
// someone who had not read the rules) and checks their shape: counts, kind names,
// no sentence twice anywhere in the corpus. It never runs the consistency rules on
// them: bench:lint alone counts them, so nobody tuning the rules sees per-sentence
// results on the held-out part.
import { describe, expect, it } from "vitest";
import { heldOutParts, readCorpusPart as read } from "./corpus-files";

const CONTRADICTION_KINDS = ["age", "fraction", "majority", "multiplier", "over100", "rank", "total", "unit"];
// Held-out parts of clean traps only (a precision batch): no contradictions to count.
const CLEAN_ONLY_PARTS = new Set(["held-out-4.tsv"]);

describe("the held-out parts on disk", () => {
  it("are found by name, in batch order, at least the eleven written so far", () => {
    const parts = heldOutParts();
    expect(parts.slice(0, 3)).toEqual(["held-out.tsv", "held-out-2.tsv", "held-out-3.tsv"]);
    expect(parts.indexOf("held-out-10.tsv")).toBe(parts.indexOf("held-out-9.tsv") + 1);
    expect(parts.length).toBeGreaterThanOrEqual(11);
  });
});

// The untuned part is emptied once it has been tuned on (its rows move into development.tsv) until the next fresh
// batch; held-out never is.
describe.each([
  ...heldOutParts().filter((file) => !CLEAN_ONLY_PARTS.has(file)).map((file) => [file, false] as const),
  ["untuned.tsv", true] as const,
])("%s", (file, mayBeEmpty) => {
  const entries = read(file);
  if (mayBeEmpty && entries.length === 0) {
    it("is empty between two fresh batches", () => expect(entries).toEqual([]));
    return;
  }
  // An untuned part of clean traps only (a precision batch) has no contradictions to count.
  if (mayBeEmpty && entries.every((entry) => entry.kind === "clean")) {
    it("is clean traps only, at least 60", () => expect(entries.length).toBeGreaterThanOrEqual(60));
    return;
  }

  it("uses only the development corpus's kind names", () => {
    expect([...new Set(entries.map((entry) => entry.kind))].sort()).toEqual([...CONTRADICTION_KINDS, "clean"].sort());
  });

  it("has at least 60 contradictions, every kind at least 6 times, and at least 60 clean sentences", () => {
    const contradictions = entries.filter((entry) => entry.kind !== "clean");
    expect(contradictions.length).toBeGreaterThanOrEqual(60);
    expect(entries.filter((entry) => entry.kind === "clean").length).toBeGreaterThanOrEqual(60);
    for (const kind of CONTRADICTION_KINDS) {
      expect(contradictions.filter((entry) => entry.kind === kind).length, kind).toBeGreaterThanOrEqual(6);
    }
  });
});

describe.each([...CLEAN_ONLY_PARTS])("%s (clean traps only)", (file) => {
  it("has at least 60 clean sentences and nothing else", () => {
    const entries = read(file);
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(entries.every((entry) => entry.kind === "clean")).toBe(true);
  });
});

describe("the whole corpus", () => {
  it("has no empty sentence and none twice across development, held-out and untuned", () => {
    const sentences = ["development.tsv", ...heldOutParts(), "untuned.tsv"].flatMap((file) => read(file)).map((entry) => entry.sentence.trim());
    expect(sentences.every((sentence) => sentence.length > 10)).toBe(true);
    expect(sentences.length - new Set(sentences).size).toBe(0);
  });
});
