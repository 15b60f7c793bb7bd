import { describe, expect, it } from "vitest";
import { buildCorrectedCopy } from "./corrected-copy";
import { NOT_SIGNED_OFF_BANNER } from "./export-types";
import { renderCleanHtml, renderTrackedHtml } from "./render-html";
import { escapeMarkdown, renderMarkdown } from "./render-markdown";
import { renderPlainText } from "./render-plain-text";
import { makeArticle, makeClaim } from "./test-fixtures";

const TEXT = "🚗 café — the government owns a majority 15% of Renault.\n\nNissan holds 15%.\n\nThe end 👍.";
const article = makeArticle(TEXT);
const claim = makeClaim(TEXT, "owns a majority 15%", { correction: "owns 15%" });
const copy = buildCorrectedCopy(TEXT, [claim]);
const CORRECTED_FIRST = "🚗 café — the government owns 15% of Renault.";

describe("renderPlainText", () => {
  it("prints headline, meta and the corrected paragraphs separated by blank lines", () => {
    expect(renderPlainText(copy, article)).toBe(
      [
        "Renault and Nissan: the alliance\nBy Jane Doe · The Example Times · 27 November 2019",
        CORRECTED_FIRST,
        "Nissan holds 15%.",
        "The end 👍.",
      ].join("\n\n") + "\n",
    );
  });
  it("starts with the banner and ends with the correction notes", () => {
    const text = renderPlainText(copy, article, { banner: NOT_SIGNED_OFF_BANNER, correctionNotes: ["A note.", " "] });
    expect(text.startsWith(`${NOT_SIGNED_OFF_BANNER}\n\n`)).toBe(true);
    expect(text.endsWith("\n\nCorrections\n\nA note.\n")).toBe(true);
  });
});

describe("renderMarkdown", () => {
  it("escapes Markdown syntax in the text and at the start of a paragraph", () => {
    expect(escapeMarkdown("5 * 3 = _x_ [sic] <b> #1 & `code` | ~")).toBe(
      "5 \\* 3 = \\_x\\_ \\[sic\\] \\<b\\> \\#1 \\& \\`code\\` \\| \\~",
    );
    expect(escapeMarkdown("- not a list")).toBe("\\- not a list");
    expect(escapeMarkdown("1999. A year")).toBe("1999\\. A year");
    expect(escapeMarkdown("+ plus")).toBe("\\+ plus");
    expect(escapeMarkdown("Parentheses (AFP) stay readable!")).toBe("Parentheses (AFP) stay readable!");
  });
  it("prints the banner first, the headline as a level-1 heading and keeps paragraphs and Unicode", () => {
    const markdown = renderMarkdown(copy, { ...article, headline: "Renault #1?" }, { banner: NOT_SIGNED_OFF_BANNER });
    const blocks = markdown.trimEnd().split("\n\n");
    expect(blocks[0]).toBe(`> **${NOT_SIGNED_OFF_BANNER}**`);
    expect(blocks[1]).toBe("# Renault \\#1?");
    expect(blocks[2]).toBe("*By Jane Doe · The Example Times · 27 November 2019*");
    expect(blocks.slice(3)).toEqual([CORRECTED_FIRST, "Nissan holds 15%.", "The end 👍."]);
  });
});

describe("renderCleanHtml", () => {
  it("is a complete UTF-8 document with one <p> per paragraph and no script", () => {
    const html = renderCleanHtml(copy, article);
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("<h1>Renault and Nissan: the alliance</h1>");
    expect(html.match(/<p>[^<]*<\/p>/g)).toEqual([
      `<p>${CORRECTED_FIRST}</p>`,
      "<p>Nissan holds 15%.</p>",
      "<p>The end 👍.</p>",
    ]);
    expect(html).not.toMatch(/<script/i);
  });
  it("escapes markup in the article text, headline and banner", () => {
    const text = 'Hello <script>alert("x")</script> & bye.\n\nSecond "quoted" \'one\'.';
    const hostile = makeArticle(text, { headline: "<img src=x onerror=alert(1)>", byline: "<b>Eve</b>" });
    const html = renderCleanHtml(buildCorrectedCopy(text, []), hostile, { banner: "<i>banner</i>" });
    expect(html).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(html).toContain("Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; bye.");
    expect(html).toContain("<p>Second &quot;quoted&quot; &#39;one&#39;.</p>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
  it("puts the banner at the top of the body", () => {
    const html = renderCleanHtml(copy, article, { banner: NOT_SIGNED_OFF_BANNER, lang: "fr" });
    expect(html).toContain('<html lang="fr">');
    const body = html.slice(html.indexOf("<body>"));
    expect(body.indexOf(NOT_SIGNED_OFF_BANNER)).toBeGreaterThan(0);
    expect(body.indexOf(NOT_SIGNED_OFF_BANNER)).toBeLessThan(body.indexOf("<h1>"));
  });
});

describe("renderTrackedHtml", () => {
  it("marks each correction with del and ins naming the claim", () => {
    const html = renderTrackedHtml(copy, article, { banner: NOT_SIGNED_OFF_BANNER });
    expect(html).toContain(
      `<p>🚗 café — the government owns <del data-claim-id="${claim.id}" title="Claim corrected by Ann Editor on 20 November 2026: Restated: owns a majority 15%" datetime="2026-11-20T10:15:30Z">a majority </del>` +
        `15% of Renault.</p>`,
    );
    expect(html).toContain("<p>Nissan holds 15%.</p>");
    expect(html).toContain("<p>The end 👍.</p>");
    expect(html.indexOf(NOT_SIGNED_OFF_BANNER)).toBeLessThan(html.indexOf("<h1>"));
    expect(html).not.toMatch(/<script/i);
  });
  it("shows a claim spanning paragraphs as a deletion in each, with the insertion in the first", () => {
    const text = "One ends here.\n\nTwo <starts> here.";
    const spanning = makeClaim(text, "here.\n\nTwo <starts>", { correction: "now & then." });
    const html = renderTrackedHtml(buildCorrectedCopy(text, [spanning]), makeArticle(text));
    const paragraphs = html.match(/<p>.*<\/p>/g) ?? [];
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^<p>One ends <del [^>]*>here\.<\/del><ins [^>]*>now &amp; then\.<\/ins><\/p>$/);
    expect(paragraphs[1]).toMatch(/^<p><del [^>]*>Two &lt;starts&gt;<\/del> here\.<\/p>$/);
  });
  it("escapes a script in the text, the claim's words and its correction", () => {
    const text = "Before <script>alert(1)</script> after.";
    const hostile = makeClaim(text, "<script>alert(1)</script>", { correction: "</ins><script>x</script>", restated: '"><script>' });
    const html = renderTrackedHtml(buildCorrectedCopy(text, [hostile]), makeArticle(text));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<del");
    // Word by word, and all of it escaped: the kept "<script>" tokens stay plain text.
    expect(html.replace(/<(del|ins) [^>]*>/g, "<$1>")).toContain(
      "Before &lt;<ins>/ins&gt;&lt;</ins>script&gt;<del>alert(1)</del><ins>x</ins>&lt;/script&gt; after.",
    );
  });
});
