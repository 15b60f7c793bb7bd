import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listRecentClaims } from "@/lib/server/claims/list-recent-claims";
import { makeClaim } from "../support/claim-factories";
import { makeArticle, makeUser } from "../support/factories";

describe("the claims page before any search", () => {
  it("lists the desk's most recently changed claims, newest first, to anyone who may read", async () => {
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const article = await makeArticle(editor, "Renault owns 43% of Nissan. Nissan owns 15% of Renault.");
    const older = await makeClaim(editor, article, { quote: "Renault owns 43% of Nissan." });
    const newer = await makeClaim(editor, article, { quote: "Nissan owns 15% of Renault." });
    // Ahead of whatever other files left (the database is shared), and one minute apart.
    await db.claim.update({ where: { id: newer.id }, data: { updatedAt: new Date(Date.now() + 60_000) } });
    await db.claim.update({ where: { id: older.id }, data: { updatedAt: new Date(Date.now() + 30_000) } });
    const recent = await listRecentClaims({ actor: viewer });
    const ids = recent.map((claim) => claim.id);
    expect(ids).toContain(newer.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(recent.find((claim) => claim.id === newer.id)).toMatchObject({ headline: article.headline, exact: "Nissan owns 15% of Renault." });
    await expect(listRecentClaims({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
