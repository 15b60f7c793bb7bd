import { describe, expect, it } from "vitest";
import { buildCorrectedCopy, toCleanParagraphs, toCorrectedText, type CopySegment } from "./corrected-copy";
import { makeClaim } from "./test-fixtures";

const TEXT = "The French government owns a majority 15% of Renault.\n\nNissan holds 15% of Renault.\n\nThe alliance began in 1999.";

function describeSegments(segments: CopySegment[]): string[] {
  return segments.map((segment) =>
    segment.kind === "same" ? `=${segment.text}` : `-${segment.original}+${segment.text}@${segment.claimId}`,
  );
}

describe("buildCorrectedCopy", () => {
  it("leaves the text as it is when nothing is corrected", () => {
    const claims = [
      makeClaim(TEXT, "Nissan holds 15%", { verdict: "verified", correction: null }),
      makeClaim(TEXT, "1999", { verdict: "disputed", correction: "2000" }),
      makeClaim(TEXT, "Renault", { verdict: "pending", correction: "Renault SA" }),
    ];
    const copy = buildCorrectedCopy(TEXT, claims);
    expect(toCorrectedText(copy)).toBe(TEXT);
    expect(copy.paragraphs).toHaveLength(3);
    expect(copy.applied).toEqual([]);
    expect(copy.skipped).toEqual([]);
    expect(copy.segments).toEqual([{ kind: "same", text: TEXT }]);
  });

  it("replaces a corrected claim inside a paragraph and keeps every paragraph break", () => {
    const claim = makeClaim(TEXT, "owns a majority 15%", { correction: "owns 15%" });
    const copy = buildCorrectedCopy(TEXT, [claim]);
    expect(toCorrectedText(copy)).toBe(
      "The French government owns 15% of Renault.\n\nNissan holds 15% of Renault.\n\nThe alliance began in 1999.",
    );
    expect(describeSegments(copy.paragraphs[0])).toEqual([
      "=The French government ",
      `-owns a majority 15%+owns 15%@${claim.id}`,
      "= of Renault.",
    ]);
    expect(copy.applied.map((applied) => applied.claimId)).toEqual([claim.id]);
    expect(copy.applied[0]).toMatchObject({ exact: "owns a majority 15%", correction: "owns 15%", verdictSetBy: "Ann Editor" });
  });

  it("flattens to segments whose plain join is the corrected text with its breaks", () => {
    const claim = makeClaim(TEXT, "Nissan", { correction: "Nissan Motor" });
    const copy = buildCorrectedCopy(TEXT, [claim]);
    expect(describeSegments(copy.segments)).toEqual([
      "=The French government owns a majority 15% of Renault.\n\n",
      `-Nissan+Nissan Motor@${claim.id}`,
      "= holds 15% of Renault.\n\nThe alliance began in 1999.",
    ]);
    expect(copy.segments.map((segment) => segment.text).join("")).toBe(toCorrectedText(copy));
  });

  it("applies claims at the very start and the very end of the text", () => {
    const first = makeClaim(TEXT, "The French government", { correction: "France" });
    const last = makeClaim(TEXT, "1999.", { correction: "March 1999." });
    const copy = buildCorrectedCopy(TEXT, [last, first]);
    expect(toCorrectedText(copy)).toBe(
      "France owns a majority 15% of Renault.\n\nNissan holds 15% of Renault.\n\nThe alliance began in March 1999.",
    );
    expect(copy.paragraphs[0][0]).toMatchObject({ kind: "replaced", claimId: first.id });
    expect(copy.paragraphs[2].at(-1)).toMatchObject({ kind: "replaced", claimId: last.id });
  });

  it("applies adjacent claims both", () => {
    const text = "one two three";
    const a = makeClaim(text, "one ", { correction: "1 " });
    const b = makeClaim(text, "two", { correction: "2" });
    const copy = buildCorrectedCopy(text, [b, a]);
    expect(toCorrectedText(copy)).toBe("1 2 three");
    expect(copy.skipped).toEqual([]);
  });

  it("lets the outermost corrected claim win over claims nested inside it", () => {
    const text = "The government owns a majority 15% of Renault.";
    const inner = makeClaim(text, "majority", { correction: "minority" });
    const outer = makeClaim(text, "owns a majority 15%", { correction: "owns 15%" });
    const copy = buildCorrectedCopy(text, [inner, outer]);
    expect(toCorrectedText(copy)).toBe("The government owns 15% of Renault.");
    expect(copy.skipped).toEqual([
      expect.objectContaining({ claimId: inner.id, kind: "nested", conflictsWith: outer.id }),
    ]);
    expect(copy.skipped[0].reason).toMatch(/inside another corrected claim/);
  });

  it("applies a corrected claim nested in a claim that is not corrected", () => {
    const text = "The government owns a majority 15% of Renault.";
    const outer = makeClaim(text, "owns a majority 15%", { verdict: "verified", correction: null });
    const inner = makeClaim(text, "majority", { correction: "minority" });
    expect(toCorrectedText(buildCorrectedCopy(text, [outer, inner]))).toBe("The government owns a minority 15% of Renault.");
  });

  it("lets the claim that starts first win a partial overlap and reports the other", () => {
    const text = "alpha beta gamma delta";
    const first = makeClaim(text, "alpha beta", { correction: "A B" });
    const second = makeClaim(text, "beta gamma", { correction: "B C" });
    const copy = buildCorrectedCopy(text, [second, first]);
    expect(toCorrectedText(copy)).toBe("A B gamma delta");
    expect(copy.skipped).toEqual([expect.objectContaining({ claimId: second.id, kind: "overlap", conflictsWith: first.id })]);
  });

  it("breaks ties: same start → the longer claim; same span → the lower id", () => {
    const text = "alpha beta gamma";
    const short = makeClaim(text, "alpha", { id: "a", correction: "A" });
    const long = makeClaim(text, "alpha beta", { id: "b", correction: "AB" });
    expect(toCorrectedText(buildCorrectedCopy(text, [short, long]))).toBe("AB gamma");
    const twin = makeClaim(text, "alpha beta", { id: "c", correction: "twin" });
    const copy = buildCorrectedCopy(text, [twin, long]);
    expect(toCorrectedText(copy)).toBe("AB gamma");
    expect(copy.skipped).toEqual([expect.objectContaining({ claimId: "c", kind: "nested", conflictsWith: "b" })]);
  });

  it("keeps the paragraph break of a claim spanning two paragraphs; the correction lands in the first", () => {
    const text = "First paragraph ends here.\n\nSecond paragraph starts here.";
    const claim = makeClaim(text, "ends here.\n\nSecond paragraph", { correction: "ends now." });
    const copy = buildCorrectedCopy(text, [claim]);
    expect(copy.paragraphs.map(describeSegments)).toEqual([
      ["=First paragraph ", `-ends here.+ends now.@${claim.id}`],
      [`-Second paragraph+@${claim.id}`, "= starts here."],
    ]);
    expect(toCorrectedText(copy)).toBe("First paragraph ends now.\n\nstarts here.");
  });

  it("drops a paragraph a spanning claim emptied from the clean copy only", () => {
    const text = "One starts.\n\nTwo whole.\n\nThree ends.";
    const claim = makeClaim(text, "starts.\n\nTwo whole.\n\nThree", { correction: "fixed." });
    const copy = buildCorrectedCopy(text, [claim]);
    expect(copy.paragraphs).toHaveLength(3);
    expect(copy.paragraphs[1]).toEqual([{ kind: "replaced", text: "", original: "Two whole.", claimId: claim.id }]);
    expect(toCleanParagraphs(copy)).toEqual(["One fixed.", "ends."]);
  });

  it("puts the correction in the first paragraph holding words when a claim starts on a break", () => {
    const text = "A.\n\nBCD";
    const claim = makeClaim(text, "\n\nB", { correction: "X" });
    const copy = buildCorrectedCopy(text, [claim]);
    expect(copy.paragraphs.map(describeSegments)).toEqual([["=A."], [`-B+X@${claim.id}`, "=CD"]]);
  });

  it("uses UTF-16 offsets: emoji and accents before and inside the claim survive", () => {
    const text = "🚗 café — l'État détient 15 % de Renault.\n\nDeuxième paragraphe 👍.";
    const claim = makeClaim(text, "l'État détient 15 %", { correction: "l'État détient 15,01 %" });
    expect(claim.start).toBe(10); // 🚗 is two code units
    const copy = buildCorrectedCopy(text, [claim]);
    expect(toCorrectedText(copy)).toBe("🚗 café — l'État détient 15,01 % de Renault.\n\nDeuxième paragraphe 👍.");
  });

  it("skips orphaned claims, stale anchors and spans that cut an emoji in half", () => {
    const text = "Hello 🚗 world.";
    const orphan = makeClaim(text, "Hello", { isOrphaned: true });
    const stale = { ...makeClaim(text, "world"), exact: "earth" };
    const start = text.indexOf("🚗");
    const halfEmoji = { ...makeClaim(text, "🚗"), end: start + 1, exact: text.slice(start, start + 1) };
    const copy = buildCorrectedCopy(text, [orphan, stale, halfEmoji]);
    expect(toCorrectedText(copy)).toBe(text);
    expect(copy.skipped.map((skip) => [skip.claimId, skip.kind])).toEqual([
      [orphan.id, "orphaned"],
      [stale.id, "anchor-mismatch"],
      [halfEmoji.id, "anchor-mismatch"],
    ]);
  });

  it("collapses whitespace in a correction so it cannot add paragraphs", () => {
    const text = "One.\n\nTwo.";
    const claim = makeClaim(text, "Two", { correction: " Deux\n\n et  demi " });
    expect(toCorrectedText(buildCorrectedCopy(text, [claim]))).toBe("One.\n\nDeux et demi.");
  });

  it("ignores a corrected claim without correction wording", () => {
    const claim = makeClaim(TEXT, "Nissan", { correction: "   " });
    const copy = buildCorrectedCopy(TEXT, [claim]);
    expect(toCorrectedText(copy)).toBe(TEXT);
    expect(copy.skipped).toEqual([]);
  });
});
