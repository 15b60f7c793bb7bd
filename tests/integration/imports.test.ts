import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/server/articles/import-article";
import { importRevision } from "@/lib/server/articles/import-revision";
import { makeClaim } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("importing files", () => {
  it("creates an article from a .docx written by the docx package, headline included", async () => {
    const editor = await makeUser("editor");
    const doc = new Document({
      sections: [{ children: [
        new Paragraph({ text: "Renault à la croisée des chemins", heading: HeadingLevel.TITLE }),
        new Paragraph("The state owns 15% of Renault 🚗."),
        new Paragraph("Nissan refused."),
      ] }],
    });
    const file = { fileName: "story.docx", bytes: new Uint8Array(await Packer.toBuffer(doc)) };
    const created = await importArticle({ actor: editor, file, input: {} });
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id }, include: { currentRevision: true } });
    expect(article.headline).toBe("Renault à la croisée des chemins");
    expect(article.currentRevision?.text).toBe("The state owns 15% of Renault 🚗.\n\nNissan refused.");
  });

  it("strips everything hostile from HTML", async () => {
    const editor = await makeUser("editor");
    const html = `<html><head><title>Safe headline</title><script>alert(1)</script><style>p{}</style></head>
      <body><p onclick="steal()">First <a href="javascript:alert(2)">para</a>.</p><img src=x onerror="alert(3)"><p>Second.</p></body></html>`;
    const created = await importArticle({ actor: editor, file: { fileName: "page.html", bytes: bytes(html) }, input: {} });
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: created.id } });
    expect(revision.text).toBe("First para.\n\nSecond.");
    expect(revision.text).not.toMatch(/alert|steal|script|onerror/);
  });

  it("gives a field error and creates nothing for a mislabelled or empty file", async () => {
    const editor = await makeUser("editor");
    const before = await db.article.count();
    await expect(
      importArticle({ actor: editor, file: { fileName: "story.docx", bytes: bytes("just text") }, input: { headline: "H" } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { file: expect.any(Array) } });
    await expect(
      importArticle({ actor: editor, file: { fileName: "scan.txt", bytes: bytes("%PDF-1.7\n...") }, input: { headline: "H" } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { file: expect.any(Array) } });
    await expect(importArticle({ actor: editor, file: null, input: {} })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      importArticle({ actor: editor, file: { fileName: "notes.txt", bytes: bytes("No headline here.") }, input: {} }),
    ).rejects.toMatchObject({ fieldErrors: { headline: expect.any(Array) } });
    expect(await db.article.count()).toBe(before);
  });

  it("imports a new version and re-anchors the claims", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor, "Renault holds 43% of Nissan.\n\nThe state owns 15% of Renault.");
    const claim = await makeClaim(editor, article, { quote: "The state owns 15% of Renault." });
    const saved = await importRevision({
      actor: editor,
      file: { fileName: "v2.md", bytes: bytes("# Headline\n\nA new first paragraph.\n\nRenault holds 43% of Nissan.\n\nThe state owns 15% of Renault.\n") },
      input: { articleId: article.id },
    });
    expect(saved.number).toBe(2);
    expect(saved.outcomes).toEqual([expect.objectContaining({ claimId: claim.id, status: "moved" })]);
  });
});
