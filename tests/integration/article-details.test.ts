import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateArticleDetails } from "@/lib/server/articles/update-article-details";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { makeArticle, makeUser } from "../support/factories";
import { makeSignedOffArticle } from "../support/sign-off-factories";

const DETAILS = { headline: "Renault to repair alliance", byline: "Jane Doe", publication: "Paultan.org", originalUrl: "https://paultan.org/x", publishedAt: "2019-06-13" };

describe("editing an article's details", () => {
  it("saves them with an audit event naming what changed, and writes nothing when nothing changed", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    const saved = await updateArticleDetails({ actor: editor, input: { articleId: article.id, ...DETAILS } });
    expect(saved).toMatchObject({ headline: DETAILS.headline, byline: "Jane Doe", publishedAt: new Date("2019-06-13T00:00:00Z") });
    const [event] = await db.auditEvent.findMany({ where: { articleId: article.id, action: "article.update-details" } });
    expect(event.before).toMatchObject({ headline: "Test article", byline: null });
    expect(event.after).toMatchObject({ headline: DETAILS.headline, byline: "Jane Doe", originalUrl: "https://paultan.org/x" });
    await updateArticleDetails({ actor: editor, input: { articleId: article.id, ...DETAILS } });
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "article.update-details" } })).toBe(1);
  });

  it("refuses a viewer and bad input with field errors, changing nothing", async () => {
    const viewer = await makeUser("viewer");
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await expect(updateArticleDetails({ actor: viewer, input: { articleId: article.id, ...DETAILS } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateArticleDetails({ actor: editor, input: { articleId: article.id, ...DETAILS, headline: " ", originalUrl: "javascript:alert(1)" } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { headline: expect.any(Array), originalUrl: expect.any(Array) } });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).headline).toBe("Test article");
  });

  it("voids a standing sign-off: the sign-off covers the details", async () => {
    const { editor, reviewer, article, signOff } = await makeSignedOffArticle();
    await updateArticleDetails({ actor: editor, input: { articleId: article.id, ...DETAILS } });
    expect((await db.signOff.findUniqueOrThrow({ where: { id: signOff.id } })).voidReason).toBe("Changed after sign-off: the article's details were edited");
    expect((await getSignOffStatus({ actor: reviewer, articleId: article.id })).state).toBe("in_review");
  });

  it("is refused by the database when written around changeArticle under a standing sign-off", async () => {
    const { article } = await makeSignedOffArticle();
    await expect(db.article.update({ where: { id: article.id }, data: { byline: "Someone else" } })).rejects.toThrow(/standing sign-off/);
  });
});
