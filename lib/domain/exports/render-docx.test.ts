import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildCorrectedCopy } from "./corrected-copy";
import { NOT_SIGNED_OFF_BANNER } from "./export-types";
import { DEFAULT_DESK_NAME, PARAGRAPH_SPACING_AFTER, renderCleanDocx, renderTrackedDocx } from "./render-docx";
import { makeArticle, makeClaim } from "./test-fixtures";

const TEXT = "🚗 café — the government owns a majority 15% of Renault.\n\nNissan holds 15% & <more>.\n\nThe end 👍.";
const article = makeArticle(TEXT);

async function readPart(docx: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} is missing`);
  return file.async("string");
}

/** The paragraphs of word/document.xml as their visible text (w:t and w:delText). */
function paragraphTexts(xml: string): string[] {
  const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
  return paragraphs.map((paragraph) =>
    [...paragraph.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((match) => match[1]).join(""),
  );
}

describe("renderTrackedDocx", () => {
  it("holds real Word revisions for only the words that differ: w:del and w:ins", async () => {
    const claim = makeClaim(TEXT, "owns a majority 15% of Renault", { correction: "owns a 15% stake in Renault" });
    const docx = await renderTrackedDocx(buildCorrectedCopy(TEXT, [claim]), article);
    const xml = await readPart(docx, "word/document.xml");
    const revision = /<w:(del|ins) w:id="(\d+)" w:author="Ann Editor" w:date="2026-11-20T10:15:30Z"><w:r><w:(?:delText|t)[^>]*>([^<]*)</g;
    const revisions = [...xml.matchAll(revision)];
    expect(revisions.map((match) => [match[1], match[3]])).toEqual([
      ["del", "majority "],
      ["del", "of "],
      ["ins", "stake in "],
    ]);
    expect(new Set(revisions.map((match) => match[2])).size).toBe(3);
    expect(await readPart(docx, "word/settings.xml")).toContain("w:trackRevisions");
  });

  it("gives every paragraph space after it (Word and LibreOffice would run them together)", async () => {
    const docx = await renderTrackedDocx(buildCorrectedCopy(TEXT, []), article);
    expect(await readPart(docx, "word/styles.xml")).toMatch(
      new RegExp(`<w:pPrDefault><w:pPr><w:spacing w:after="${PARAGRAPH_SPACING_AFTER}" w:line="276"/></w:pPr></w:pPrDefault>`),
    );
  });

  it("keeps paragraphs and Unicode, and puts the banner first", async () => {
    const claim = makeClaim(TEXT, "owns a majority 15%", { correction: "owns 15%" });
    const docx = await renderTrackedDocx(buildCorrectedCopy(TEXT, [claim]), article, { banner: NOT_SIGNED_OFF_BANNER });
    const texts = paragraphTexts(await readPart(docx, "word/document.xml"));
    expect(texts).toEqual([
      NOT_SIGNED_OFF_BANNER,
      "Renault and Nissan: the alliance",
      "By Jane Doe · The Example Times · 27 November 2019",
      "🚗 café — the government owns a majority 15% of Renault.", // "a majority " deleted, nothing inserted
      "Nissan holds 15% &amp; &lt;more&gt;.",
      "The end 👍.",
    ]);
  });

  it("splits a claim spanning paragraphs into a deletion per paragraph, with unique revision ids", async () => {
    const text = "One ends here.\n\nTwo starts here.";
    const claim = makeClaim(text, "here.\n\nTwo", { correction: "now.", verdictSetBy: null, verdictSetAt: null });
    const docx = await renderTrackedDocx(buildCorrectedCopy(text, [claim]), makeArticle(text), {
      fallbackDate: new Date("2026-12-01T09:00:00.500Z"),
    });
    const xml = await readPart(docx, "word/document.xml");
    const ids = [...xml.matchAll(/<w:(?:del|ins) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
    expect(ids.map((match) => match[2])).toEqual([DEFAULT_DESK_NAME, DEFAULT_DESK_NAME, DEFAULT_DESK_NAME]);
    expect(ids.map((match) => match[3])).toEqual(Array(3).fill("2026-12-01T09:00:00Z"));
    expect(new Set(ids.map((match) => match[1])).size).toBe(3);
    expect(paragraphTexts(xml).slice(-2)).toEqual(["One ends here.now.", "Two starts here."]);
  });

  it("names the desk as author when the verdict-setter is unknown", async () => {
    const claim = makeClaim(TEXT, "Nissan", { correction: "Nissan Motor", verdictSetBy: null });
    const docx = await renderTrackedDocx(buildCorrectedCopy(TEXT, [claim]), article, { deskName: "Standards desk" });
    expect(await readPart(docx, "word/document.xml")).toContain('w:author="Standards desk"');
  });
});

describe("renderCleanDocx", () => {
  it("holds the corrected words and no revisions", async () => {
    const claim = makeClaim(TEXT, "owns a majority 15%", { correction: "owns 15%" });
    const docx = await renderCleanDocx(buildCorrectedCopy(TEXT, [claim]), article, {
      banner: NOT_SIGNED_OFF_BANNER,
      correctionNotes: ["An earlier version said so."],
    });
    const xml = await readPart(docx, "word/document.xml");
    expect(xml).not.toMatch(/<w:del\b|<w:ins\b|w:delText/);
    expect(xml).not.toContain("majority");
    expect(paragraphTexts(xml)).toEqual([
      NOT_SIGNED_OFF_BANNER,
      "Renault and Nissan: the alliance",
      "By Jane Doe · The Example Times · 27 November 2019",
      "🚗 café — the government owns 15% of Renault.",
      "Nissan holds 15% &amp; &lt;more&gt;.",
      "The end 👍.",
      "Corrections",
      "An earlier version said so.",
    ]);
    expect(await readPart(docx, "word/settings.xml")).not.toContain("w:trackRevisions");
  });
});
