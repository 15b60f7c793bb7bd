import { describe, expect, it } from "vitest";
import { createAnchor } from "./create-anchor";
import { findAppliedCorrection } from "./find-applied-correction";

const OLD = "Things were inflamed. The French government, which owns a majority 15% of Renault, blocked a vote.\n\nFrance was ready to reduce its 15% stake.";
const quote = "The French government, which owns a majority 15% of Renault";
const claim = { ...createAnchor(OLD, OLD.indexOf(quote), OLD.indexOf(quote) + quote.length), correction: "The French government, which owns 15% of Renault" };

describe("findAppliedCorrection", () => {
  it("finds the correction's words where the claim's words stood", () => {
    const newText = OLD.replace(quote, claim.correction);
    const anchor = findAppliedCorrection(claim, newText, claim.start);
    expect(anchor).toEqual(createAnchor(newText, claim.start, claim.start + claim.correction.length));
  });

  it("finds nothing when the text was changed some other way", () => {
    const newText = OLD.replace(quote, "The French government, which holds 15.01% of Renault");
    expect(findAppliedCorrection(claim, newText, claim.start)).toBeNull();
  });

  it("does not take a short correction that appears only in another context", () => {
    const short = { ...createAnchor(OLD, OLD.indexOf("a majority 15%"), OLD.indexOf("a majority 15%") + 14), correction: "15%" };
    const newText = OLD.replace("which owns a majority 15% of Renault", "which holds shares of Renault");
    expect(findAppliedCorrection(short, newText, short.start)).toBeNull();
  });

  it("needs a correction", () => {
    expect(findAppliedCorrection({ ...claim, correction: " " }, OLD, claim.start)).toBeNull();
  });
});
