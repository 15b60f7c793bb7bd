// Only parses the held-out parts and untuned.tsv (halves of batches written by
// someone who had not read the rules) and checks their shape: counts, kind names,
// no sentence twice anywhere in the corpus. It never runs the consistency rules on
// them: bench:lint alone counts them, so nobody tuning the rules sees per-sentence
// results on the held-out part.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCorpus } from "./corpus";

const read = (file: string) => parseCorpus(fs.readFileSync(path.join(__dirname, file), "utf8"));
const CONTRADICTION_KINDS = ["age", "fraction", "majority", "multiplier", "over100", "rank", "total", "unit"];

// The untuned part is emptied once it has been tuned on (its rows move into development.tsv) until the next fresh
// batch; held-out never is.
describe.each([
  ["held-out.tsv", false],
  ["held-out-2.tsv", false],
  ["held-out-3.tsv", false],
  ["held-out-5.tsv", false],
  ["held-out-6.tsv", false],
  ["held-out-7.tsv", false],
  ["held-out-8.tsv", false],
  ["held-out-9.tsv", false],
  ["held-out-10.tsv", false],
  ["untuned.tsv", true],
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

describe("held-out-4.tsv (clean traps only)", () => {
  it("has at least 60 clean sentences and nothing else", () => {
    const entries = read("held-out-4.tsv");
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(entries.every((entry) => entry.kind === "clean")).toBe(true);
  });
});

describe("the whole corpus", () => {
  it("has no empty sentence and none twice across development, held-out and untuned", () => {
    const sentences = ["development.tsv", "held-out.tsv", "held-out-2.tsv", "held-out-3.tsv", "held-out-4.tsv", "held-out-5.tsv", "held-out-6.tsv", "held-out-7.tsv", "held-out-8.tsv", "held-out-9.tsv", "held-out-10.tsv", "untuned.tsv"].flatMap(read).map((entry) => entry.sentence.trim());
    expect(sentences.every((sentence) => sentence.length > 10)).toBe(true);
    expect(sentences.length - new Set(sentences).size).toBe(0);
  });
});
