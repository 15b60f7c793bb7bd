import { describe, expect, it } from "vitest";
import { anchorQuote, createAnchor, CONTEXT_LENGTH } from "./create-anchor";

const text = "The French government, which owns a majority 15% of Renault, blocked a vote.";

describe("createAnchor", () => {
  it("keeps the exact words, offsets and up to 32 characters of context", () => {
    const anchor = createAnchor(text, 29, 59);
    expect(anchor.exact).toBe("owns a majority 15% of Renault");
    expect(anchor.prefix).toBe("The French government, which ");
    expect(anchor.suffix).toBe(", blocked a vote.");
    expect(anchor.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
  });
  it("refuses spans outside the text or empty spans", () => {
    expect(() => createAnchor(text, 10, text.length + 1)).toThrow(RangeError);
    expect(() => createAnchor(text, 5, 5)).toThrow(RangeError);
    expect(() => createAnchor(text, -1, 4)).toThrow(RangeError);
  });
});

describe("anchorQuote", () => {
  it("finds a quote or says it is absent", () => {
    expect(anchorQuote(text, "15% of Renault")?.start).toBe(45);
    expect(anchorQuote(text, "majority 51%")).toBeNull();
  });
});
