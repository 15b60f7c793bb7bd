import { describe, expect, it } from "vitest";
import { draftCorrectionNote, draftCorrectionNotes } from "./correction-note";
import { buildCorrectedCopy } from "./corrected-copy";
import { makeArticle, makeClaim } from "./test-fixtures";

describe("draftCorrectionNote", () => {
  it("quotes the old and the new words and adds the rationale as a sentence", () => {
    const note = draftCorrectionNote(
      { exact: "which owns a majority 15% of Renault,", correction: "which owns 15% of Renault,", rationale: "15% is a minority stake" },
      { publishedAt: new Date("2019-11-27T08:00:00Z") },
    );
    expect(note).toBe(
      "An earlier version of this article, published on 27 November 2019, said “which owns a majority 15% of Renault”. " +
        "It has been corrected to “which owns 15% of Renault”. 15% is a minority stake.",
    );
  });
  it("leaves out the date when unknown, flattens line breaks and keeps the rationale's own punctuation", () => {
    const note = draftCorrectionNote(
      { exact: "ends here.\n\nSecond", correction: "ends now", rationale: "the source says so!" },
      { publishedAt: null },
    );
    expect(note).toBe("An earlier version of this article said “ends here. Second”. It has been corrected to “ends now”. The source says so!");
  });
  it("returns null without a correction", () => {
    expect(draftCorrectionNote({ exact: "x", correction: " ", rationale: null }, { publishedAt: null })).toBeNull();
  });
});

describe("draftCorrectionNotes", () => {
  it("drafts one note per applied correction, in reading order, none for skipped ones", () => {
    const text = "Alpha beta gamma delta.";
    const claims = [
      makeClaim(text, "gamma", { correction: "G", rationale: null }),
      makeClaim(text, "Alpha beta", { correction: "A B", rationale: null }),
      makeClaim(text, "beta", { correction: "nested" }),
    ];
    const notes = draftCorrectionNotes(buildCorrectedCopy(text, claims), makeArticle(text, { publishedAt: null }));
    expect(notes).toEqual([
      { claimId: claims[1].id, note: "An earlier version of this article said “Alpha beta”. It has been corrected to “A B”." },
      { claimId: claims[0].id, note: "An earlier version of this article said “gamma”. It has been corrected to “G”." },
    ]);
  });
});
