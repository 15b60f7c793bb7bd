// Only parses held-out-fresh.tsv and checks its shape (counts, kind names, no duplicates).
// It never runs the consistency rules: the held-out part is measured by bench:lint alone,
// so nobody tuning the rules sees per-sentence results on it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCorpus } from "./corpus";

const CORPUS = path.join(__dirname, "held-out-fresh.tsv");
const CONTRADICTION_KINDS = ["age", "fraction", "majority", "multiplier", "over100", "rank", "total", "unit"];

describe("held-out-fresh.tsv", () => {
  const entries = parseCorpus(fs.readFileSync(CORPUS, "utf8"));

  it("uses only the development corpus's kind names", () => {
    const kinds = new Set(entries.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual([...CONTRADICTION_KINDS, "clean"].sort());
  });

  it("has at least 120 contradictions, spread over every kind, and at least 120 clean sentences", () => {
    const contradictions = entries.filter((entry) => entry.kind !== "clean");
    expect(contradictions.length).toBeGreaterThanOrEqual(120);
    expect(entries.filter((entry) => entry.kind === "clean").length).toBeGreaterThanOrEqual(120);
    for (const kind of CONTRADICTION_KINDS) {
      expect(contradictions.filter((entry) => entry.kind === kind).length, kind).toBeGreaterThanOrEqual(12);
    }
  });

  it("has no empty or repeated sentence", () => {
    const sentences = entries.map((entry) => entry.sentence.trim());
    expect(sentences.every((sentence) => sentence.length > 10)).toBe(true);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
