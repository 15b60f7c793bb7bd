// ClaimReview is for publication: only for a signed-off article, with `url` on
// the desk's public address (never the app's), as one pasteable JSON-LD graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportArticle } from "@/lib/server/exports/export-article";
import { getDeskSettings, type DeskSettingsView } from "@/lib/server/settings/get-desk-settings";
import { updateDeskSettings } from "@/lib/server/settings/update-desk-settings";
import { countAuditEvents, makeUser } from "../support/factories";
import { makeArticleReadyForSignOff, makeSignedOffArticle } from "../support/sign-off-factories";

const APP = "http://desk.internal.example:3000";
let original: DeskSettingsView;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  admin = await makeUser("admin");
  original = await getDeskSettings();
});
// Other files read the desk settings: put them back.
afterAll(async () => {
  await db.deskSettings.upsert({ where: { id: 1 }, create: { id: 1, ...original }, update: original });
});

const claimReviewOf = (actor: Awaited<ReturnType<typeof makeUser>>, articleId: string) =>
  exportArticle({ actor, articleRef: articleId, input: { format: "claimreview" }, baseUrl: APP });

describe("publication settings", () => {
  it("are saved and audited, and refuse a localhost, private or app address", async () => {
    for (const bad of ["http://localhost:3000/checks", "https://192.168.1.4/checks"]) {
      await expect(
        updateDeskSettings({ actor: admin, input: { ...original, organisationUrl: "https://news.example", publicFactCheckUrl: bad } }),
      ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { publicFactCheckUrl: [expect.stringMatching(/public address/)] } });
    }
    const before = await countAuditEvents({ action: "settings.update" });
    const saved = await updateDeskSettings({
      actor: admin,
      input: { ...original, organisationName: "Example Fact Desk", organisationUrl: "https://news.example", publicFactCheckUrl: "https://news.example/fact-checks" },
    });
    expect(saved.publicFactCheckUrl).toBe("https://news.example/fact-checks");
    expect(await countAuditEvents({ action: "settings.update" })).toBe(before + 1);
    // A caller that does not send the field leaves it alone.
    const withoutIt: Partial<DeskSettingsView> = { ...saved };
    delete withoutIt.publicFactCheckUrl;
    expect((await updateDeskSettings({ actor: admin, input: withoutIt })).publicFactCheckUrl).toBe("https://news.example/fact-checks");
  });
});

describe("the ClaimReview export", () => {
  it("is one JSON-LD @graph whose urls are on the public address, with the rationale", async () => {
    const { reviewer, article, disputed } = await makeSignedOffArticle();
    const file = await claimReviewOf(reviewer, article.id);
    expect(file.contentType).toMatch(/^application\/ld\+json/);
    const document = JSON.parse(file.body as string);
    expect(Object.keys(document)).toEqual(["@context", "@graph"]);
    expect(document["@context"]).toBe("https://schema.org");
    expect(document["@graph"]).toHaveLength(2);
    for (const review of document["@graph"]) {
      expect(review.url).toMatch(new RegExp(`^https://news\\.example/fact-checks/${article.slug}#claim-`));
      expect(review.url).not.toContain("desk.internal.example");
      expect(review.author).toEqual({ "@type": "Organization", name: "Example Fact Desk", url: "https://news.example/" });
    }
    const dispute = document["@graph"].find((review: { url: string }) => review.url.endsWith(disputed.id));
    expect(dispute).toMatchObject({ reviewBody: "Formed in 1999", reviewRating: { alternateName: "Disputed", ratingExplanation: "Formed in 1999" } });
  });

  it("is refused for an article that is not signed off", async () => {
    const { reviewer, article } = await makeArticleReadyForSignOff();
    await expect(claimReviewOf(reviewer, article.id)).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringMatching(/sign the article off/) });
  });

  it("is refused until the desk has set its public address", async () => {
    const { reviewer, article } = await makeSignedOffArticle();
    await db.deskSettings.update({ where: { id: 1 }, data: { publicFactCheckUrl: null } });
    await expect(claimReviewOf(reviewer, article.id)).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringMatching(/Desk settings/) });
  });
});
