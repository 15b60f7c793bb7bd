import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { importArticleFile, ImportError, IMPORT_LIMITS } from "./import-article-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function makeDocx(paragraphs: Paragraph[], paragraphStyles = false): Promise<Uint8Array> {
  const document = new Document({
    styles: paragraphStyles
      ? { paragraphStyles: [{ id: "Byline", name: "Byline", basedOn: "Normal", run: { italics: true } }] }
      : undefined,
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("importArticleFile: .docx", () => {
  it("reads a real Word document: Title style as headline, paragraphs with accents and emoji", async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: "Renault’s café société 🚗", heading: HeadingLevel.TITLE }),
      new Paragraph({ children: [new TextRun("Senard said the alliance is “a priority” — "), new TextRun({ text: "déjà vu", bold: true }), new TextRun(" 🇫🇷.")] }),
      new Paragraph({ text: "Ghosn denies wrongdoing. 日本 👍🏽" }),
    ]);
    const article = await importArticleFile({ fileName: "Story.DOCX", bytes });
    expect(article).toEqual({
      headline: "Renault’s café société 🚗",
      text: "Senard said the alliance is “a priority” — déjà vu 🇫🇷.\n\nGhosn denies wrongdoing. 日本 👍🏽",
      paragraphCount: 2,
      format: "docx",
    });
  });

  it("takes Heading 1 as the headline and a Byline-styled paragraph as the byline", async () => {
    const bytes = await makeDocx(
      [
        new Paragraph({ text: "Alliance under strain", heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: "Jane Doe, Paris", style: "Byline" }),
        new Paragraph({ text: "First paragraph." }),
        new Paragraph({ text: "A subhead", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: "Second paragraph." }),
      ],
      true,
    );
    const article = await importArticleFile({ fileName: "story.docx", bytes });
    expect(article.headline).toBe("Alliance under strain");
    expect(article.byline).toBe("Jane Doe, Paris");
    expect(article.text).toBe("First paragraph.\n\nA subhead\n\nSecond paragraph.");
  });

  it("refuses a .docx that is really plain text", async () => {
    const error = await importError(importArticleFile({ fileName: "story.docx", bytes: utf8("Just some text.") }));
    expect(error.reason).toBe("wrong-content");
    expect(error.userMessage).toMatch(/plain text/);
  });

  it("refuses a ZIP that is not a Word document, and a damaged one", async () => {
    const zip = new JSZip().file("notes.txt", "hello");
    const notDocx = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    expect((await importError(importArticleFile({ fileName: "a.docx", bytes: notDocx }))).userMessage).toMatch(
      /not a Word document/,
    );
    const real = await makeDocx([new Paragraph("Text.")]);
    const truncated = real.subarray(0, Math.floor(real.length / 2));
    expect((await importError(importArticleFile({ fileName: "a.docx", bytes: truncated }))).reason).toBe("malformed");
  });

  it("refuses an old .doc or password-protected file named .docx", async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await importError(importArticleFile({ fileName: "a.docx", bytes: ole }));
    expect(error.userMessage).toMatch(/save it as \.docx/);
  });

  it("refuses a zip bomb before unpacking it", async () => {
    const zip = new JSZip()
      .file("word/document.xml", "<w:document/>")
      .file("word/padding.xml", "0".repeat(IMPORT_LIMITS.maxUnpackedBytes + 1));
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(bytes.length).toBeLessThan(IMPORT_LIMITS.maxBytes);
    const error = await importError(importArticleFile({ fileName: "bomb.docx", bytes }));
    expect(error.reason).toBe("too-large");
    expect(error.userMessage).toBe("The document unpacks to just over 50 MB, the limit.");
  }, 30_000);

  it("tells the user to rename a Word document that was named .txt", async () => {
    const bytes = await makeDocx([new Paragraph("Text.")]);
    const error = await importError(importArticleFile({ fileName: "story.txt", bytes }));
    expect(error.userMessage).toMatch(/Rename it to \.docx/);
  });
});

describe("importArticleFile: .html", () => {
  const hostile = `<!DOCTYPE html>
<html><head>
  <title>Site | Renault news</title>
  <meta name="author" content="Jane Doe">
  <style>body { background: url(javascript:alert('style')) }</style>
  <script>alert("head script")</script>
</head>
<body onload="alert('onload')">
  <!-- editor's secret comment -->
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <h1 onclick="alert('h1')">Renault &amp; Nissan</h1>
  <p>The French government owns 15% of Renault.<img src="x" onerror="alert('img')"></p>
  <p>Read <a href="javascript:alert('link')">the statement</a> and <a href="https://example.com" onmouseover="alert('hover')">the report</a>.</p>
  <iframe src="javascript:alert('iframe')">iframe fallback text</iframe>
  <script type="text/javascript">document.write("<p>injected</p>")</script>
  <svg onload="alert('svg')"><script>alert('svg script')</script><text>svg text</text></svg>
  <div style="display:none" onmouseover="alert('div')">Caf&eacute; &lt;tag&gt; &quot;quoted&quot;&nbsp;here</div>
  <form action="javascript:alert('form')"><button onclick="alert('button')">Click me</button><input value="typed"></form>
  <object data="evil.swf">object text</object><embed src="evil.swf">
  <noscript>Enable JavaScript</noscript>
  <template><p>template text</p></template>
</body></html>`;

  it("keeps the words and nothing of scripts, handlers, javascript: URLs, styles, iframes or comments", async () => {
    const article = await importArticleFile({ fileName: "story.html", contentType: "text/html", bytes: utf8(hostile) });
    expect(article).toEqual({
      headline: "Renault & Nissan",
      byline: "Jane Doe",
      text:
        "The French government owns 15% of Renault.\n\n" +
        "Read the statement and the report.\n\n" +
        'Café <tag> "quoted" here',
      paragraphCount: 3,
      format: "html",
    });
    for (const banned of ["alert", "javascript", "script", "onerror", "onload", "style", "iframe", "secret", "svg", "Click me", "template", "object text", "Enable JavaScript", "Home", "injected"]) {
      expect(JSON.stringify(article).toLowerCase(), banned).not.toContain(banned.toLowerCase());
    }
  });

  it("finds the byline in a .byline element or a 'By …' paragraph, and falls back to <title>", async () => {
    const withClass = await importArticleFile({
      fileName: "a.htm",
      bytes: utf8('<h1>Head</h1><p class="article-byline">By <span>Ana Müller</span></p><p>Body.</p>'),
    });
    expect(withClass).toMatchObject({ headline: "Head", byline: "Ana Müller", text: "Body." });
    const withBy = await importArticleFile({
      fileName: "a.html",
      bytes: utf8("<title>Page title</title><p>By Jean Dupont</p><p>By the end of 2019, sales fell.</p>"),
    });
    expect(withBy).toMatchObject({ headline: "Page title", byline: "Jean Dupont", text: "By the end of 2019, sales fell." });
  });

  it("turns block elements and double line breaks into paragraphs, single breaks into spaces", async () => {
    const html = "<div>One<br>line<br><br>Two</div><ul><li>Item A</li><li>Item\n   B</li></ul><blockquote><p>Quote</p></blockquote>";
    const article = await importArticleFile({ fileName: "a.html", bytes: utf8(html) });
    expect(article.text).toBe("One line\n\nTwo\n\nItem A\n\nItem B\n\nQuote");
  });

  it("refuses HTML with no text in it", async () => {
    const html = "<html><head><title>Only a title</title><script>x()</script></head><body><img src=a.png></body></html>";
    const error = await importError(importArticleFile({ fileName: "a.html", bytes: utf8(html) }));
    expect(error.reason).toBe("empty");
  });

  it("reads a page that declares a legacy charset", async () => {
    const latin1 = new Uint8Array([...utf8('<meta charset="windows-1252"><p>Caf'), 0xe9, ...utf8(" cr"), 0xe8, ...utf8("me</p>")]);
    expect((await importArticleFile({ fileName: "a.html", bytes: latin1 })).text).toBe("Café crème");
  });
});

describe("importArticleFile: .txt", () => {
  it("normalises CRLF line endings, a BOM and wrapped lines", async () => {
    const bytes = utf8("\ufeffFirst line\r\ncontinues.\r\n\r\n\r\nSecond paragraph – café 🚗.\r\n");
    const article = await importArticleFile({ fileName: "story.txt", bytes });
    expect(article).toEqual({
      text: "First line continues.\n\nSecond paragraph – café 🚗.",
      paragraphCount: 2,
      format: "txt",
    });
  });

  it("reads UTF-16 text with a byte-order mark (Notepad's 'Unicode')", async () => {
    const text = "Senard’s café\r\n\r\nNissan";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect((await importArticleFile({ fileName: "a.txt", bytes })).text).toBe("Senard’s café\n\nNissan");
  });

  it("refuses text that is not UTF-8, saying how to fix it", async () => {
    const latin1 = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" au lait")]);
    const error = await importError(importArticleFile({ fileName: "a.txt", bytes: latin1 }));
    expect(error.reason).toBe("not-utf8");
    expect(error.userMessage).toMatch(/UTF-8/);
  });

  it("refuses a binary file named .txt", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const error = await importError(importArticleFile({ fileName: "photo.txt", bytes: png }));
    expect(error.reason).toBe("wrong-content");
    expect(error.userMessage).toMatch(/PNG image/);
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await importError(importArticleFile({ fileName: "data.txt", bytes: random }))).userMessage).toMatch(/binary/);
  });

  it("refuses a PDF renamed .txt", async () => {
    const pdf = utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    const error = await importError(importArticleFile({ fileName: "story.txt", bytes: pdf }));
    expect(error.userMessage).toMatch(/PDF/);
  });

  it("refuses an empty file or one with only whitespace", async () => {
    expect((await importError(importArticleFile({ fileName: "a.txt", bytes: new Uint8Array() }))).reason).toBe("empty");
    expect((await importError(importArticleFile({ fileName: "a.txt", bytes: utf8(" \r\n\t\n") }))).reason).toBe("empty");
  });
});

describe("importArticleFile: limits and formats", () => {
  it("refuses a file over the size limit, naming it", async () => {
    const bytes = new Uint8Array(IMPORT_LIMITS.maxBytes + 1).fill(0x61);
    const error = await importError(importArticleFile({ fileName: "big.txt", bytes }));
    expect(error.reason).toBe("too-large");
    expect(error.userMessage).toBe("The file is just over 5 MB, the limit.");
    const bigger = new Uint8Array(6.2 * 1024 * 1024);
    expect((await importError(importArticleFile({ fileName: "big.docx", bytes: bigger }))).userMessage).toBe(
      "The file is 6.2 MB; the limit is 5 MB.",
    );
  });

  it("refuses text over the character limit, naming it", async () => {
    const bytes = utf8("word ".repeat(40_001));
    const error = await importError(importArticleFile({ fileName: "long.txt", bytes }));
    expect(error.reason).toBe("too-many-characters");
    expect(error.userMessage).toBe("The article text is 200,004 characters; the limit is 200,000.");
  });

  it("refuses too many paragraphs, naming the limit", async () => {
    const bytes = utf8(Array.from({ length: 2001 }, (_, i) => `Paragraph ${i}.`).join("\n\n"));
    const error = await importError(importArticleFile({ fileName: "many.md", bytes }));
    expect(error.reason).toBe("too-many-paragraphs");
    expect(error.userMessage).toBe("The article has 2,001 paragraphs; the limit is 2,000.");
  });

  it("refuses formats it cannot read, with advice", async () => {
    const bytes = utf8("text");
    expect((await importError(importArticleFile({ fileName: "a.pdf", bytes }))).userMessage).toMatch(/PDFs cannot/);
    expect((await importError(importArticleFile({ fileName: "a.doc", bytes }))).userMessage).toMatch(/save it as \.docx/);
    expect((await importError(importArticleFile({ fileName: "a.rtf", bytes }))).userMessage).toMatch(/\.rtf files cannot/);
  });

  it("uses the content type only when the name has no extension", async () => {
    const article = await importArticleFile({ fileName: "upload", contentType: "text/markdown; charset=utf-8", bytes: utf8("# Head\n\nBody.") });
    expect(article).toMatchObject({ headline: "Head", text: "Body.", format: "md" });
    const named = await importArticleFile({ fileName: "a.txt", contentType: "text/html", bytes: utf8("<p>x</p>") });
    expect(named.text).toBe("<p>x</p>");
    expect((await importError(importArticleFile({ fileName: "upload", bytes: utf8("x") }))).reason).toBe(
      "unsupported-format",
    );
  });
});
