import { describe, expect, it } from "vitest";
import { importArticleFile } from "./import-article-file";
import { stripInline } from "./markdown-to-blocks";

const importMarkdown = (markdown: string) =>
  importArticleFile({ fileName: "story.md", bytes: new TextEncoder().encode(markdown) });

describe("Markdown import", () => {
  it("takes a leading # heading as headline and the 'By …' line after it as byline", async () => {
    const markdown = [
      "# Renault refocuses on *Nissan*",
      "",
      "By **Jane Doe**, Paris",
      "",
      "The French government owns [15%](https://example.com/stake \"stake\") of Renault.",
      "It blocked a vote.",
      "",
      "## What next",
      "",
      "- Senard wants a *stronger* alliance",
      "- Le Maire could reduce the state's stake",
      "",
      "> “There was fear,” he said.",
      "",
      "![chart](chart.png)",
      "[ref]: https://example.com",
      "<!-- note to self -->",
      "---",
      "Code `15%` stays, and so does snake_case and 5 * 3 * 2.",
    ].join("\r\n");
    expect(await importMarkdown(markdown)).toEqual({
      headline: "Renault refocuses on Nissan",
      byline: "Jane Doe, Paris",
      text: [
        "The French government owns 15% of Renault. It blocked a vote.",
        "What next",
        "Senard wants a stronger alliance",
        "Le Maire could reduce the state's stake",
        "“There was fear,” he said.",
        "Code 15% stays, and so does snake_case and 5 * 3 * 2.",
      ].join("\n\n"),
      paragraphCount: 6,
      format: "md",
    });
  });

  it("reads Setext headings, front matter and fenced code", async () => {
    const markdown = "---\ntitle: From front matter\nauthor: \"Ana Müller\"\n---\nHeadline here\n=============\n\nBody text.\n\n```\nline one\nline two\n```\n";
    expect(await importMarkdown(markdown)).toMatchObject({
      headline: "Headline here",
      byline: "Ana Müller",
      text: "Body text.\n\nline one line two",
    });
  });

  it("only treats a heading that opens the document as the headline", async () => {
    const article = await importMarkdown("Intro paragraph.\n\n# Not a headline\n\nMore.");
    expect(article.headline).toBeUndefined();
    expect(article.text).toBe("Intro paragraph.\n\nNot a headline\n\nMore.");
  });

  it("does not mistake a sentence starting with a year for a list item", async () => {
    const article = await importMarkdown("Sales peaked in\n2019. Renault said so.\n\n1. First item\n2. Second item");
    expect(article.text).toBe("Sales peaked in 2019. Renault said so.\n\nFirst item\n\nSecond item");
  });
});

describe("stripInline", () => {
  it("keeps the words of emphasis, links and code, drops images and raw HTML", () => {
    expect(stripInline("**bold** __strong__ *it* _em_ ~~gone~~ `code`")).toBe("bold strong it em gone code");
    expect(stripInline("[text](http://a.b/(c)) and [ref][1] and <https://x.y>")).toBe("text and ref and https://x.y");
    expect(stripInline("a ![img](x.png) b <span onclick=\"x()\">c</span><script>alert(1)</script>")).toBe("a  b c");
    expect(stripInline("\\*not emphasis\\* and 3 < 4 &amp; 5 > 2")).toBe("*not emphasis* and 3 < 4 & 5 > 2");
  });
});
