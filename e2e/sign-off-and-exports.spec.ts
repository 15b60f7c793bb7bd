import JSZip from "jszip";
import fs from "node:fs";
import { getTestDb } from "./support/database";
import { createUser, expect, signIn, test } from "./support/fixtures";
import { claimPanel, openReview, setVerdictInPanel } from "./support/review-page";

const CORRECTION = "The French government, which owns 15% of Renault";

// The one spec that changes the demo article: editors resolve it, the reviewer signs it off.
test("editors resolve the demo article, the reviewer signs it off, a later verdict voids it, and every export downloads", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = await getTestDb();
  const article = await db.article.findFirstOrThrow({
    where: { slug: { startsWith: "renault-turns-to-repairing" } },
    include: { claims: { orderBy: { start: "asc" } } },
  });
  const majorityClaim = article.claims.find((claim) => claim.exact.includes("majority 15%"))!;
  const otherClaims = article.claims.filter((claim) => claim.id !== majorityClaim.id);
  const editor = await createUser("editor");
  const reviewer = await createUser("reviewer");

  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor);

  // Before sign-off every export says so.
  const early = await editorPage.request.get(`/api/articles/${article.id}/export?format=txt`);
  expect(await early.text()).toContain("NOT SIGNED OFF");

  // The "majority 15%" error: cite a source and correct it.
  await openReview(editorPage, `/articles/${article.id}?claim=${majorityClaim.id}`);
  const panel = claimPanel(editorPage);
  await panel.getByRole("button", { name: "New source…" }).click();
  await panel.getByLabel("URL").fill("https://group.renault.com/en/finance/shareholding/");
  await panel.getByLabel("Title").fill("Renault shareholding structure");
  await panel.getByLabel("Publisher").fill("Renault Group");
  await panel.getByLabel("Kind").selectOption({ label: "Primary document" });
  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByRole("button", { name: "Attach source" }).click();
  await expect(panel.getByRole("link", { name: "Renault shareholding structure" })).toBeVisible();
  // The panel has re-read the claim from the server (the verdict form now counts the source).
  await expect(panel.getByRole("heading", { name: "Sources (1)" })).toBeVisible();
  await setVerdictInPanel(editorPage, "Corrected", { correction: CORRECTION, rationale: "The state holds 15%: a minority stake." });
  // The other claims: disputed, with a rationale (no source needed).
  for (const claim of otherClaims) {
    await openReview(editorPage, `/articles/${article.id}?claim=${claim.id}`);
    await setVerdictInPanel(editorPage, "Disputed", { rationale: `Needs a primary source (${claim.exact.slice(0, 20)}).` });
  }

  // The reviewer acknowledges each dispute, then signs off.
  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage, reviewer);
  await reviewerPage.goto(`/articles/${article.id}/sign-off`);
  await expect(reviewerPage.getByRole("list", { name: "What blocks sign-off" })).toContainText("acknowledge");
  for (let remaining = otherClaims.length; remaining > 0; remaining--) {
    await expect(reviewerPage.getByRole("button", { name: /^Acknowledge the dispute/ })).toHaveCount(remaining);
    await reviewerPage.getByRole("button", { name: /^Acknowledge the dispute/ }).first().click();
  }
  await expect(reviewerPage.getByText("Nothing blocks sign-off.")).toBeVisible();
  const sha256 = await reviewerPage.getByTestId("current-sha256").textContent();
  await reviewerPage.getByRole("button", { name: "Sign off this revision" }).click();
  await expect(reviewerPage.getByTestId("article-state")).toHaveText("Signed off");
  await expect(reviewerPage.getByText("This revision is signed off.")).toBeVisible();
  await expect(reviewerPage.getByRole("button", { name: "Sign off this revision" })).toHaveCount(0);
  await expect(reviewerPage.getByRole("region", { name: "Sign-off history" })).toContainText(sha256!.trim());

  // Every export downloads; none says NOT SIGNED OFF any more.
  const download = reviewerPage.waitForEvent("download");
  await reviewerPage.getByRole("link", { name: "Corrected copy (plain text)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/corrected\.txt$/);
  const get = (query: string) => reviewerPage.request.get(`/api/articles/${article.id}/export?${query}`);
  for (const format of ["txt", "md", "html"]) {
    const body = await (await get(`format=${format}`)).text();
    expect(body).toContain("which owns 15% of Renault");
    expect(body).not.toContain("majority 15%");
    expect(body).not.toContain("NOT SIGNED OFF");
  }
  // Word-level: only "a majority " is struck; the words the correction keeps stay plain.
  expect(await (await get("format=html&mode=tracked")).text()).toMatch(/The French government, which owns <del[^>]*>a majority <\/del>15% of Renault/);
  const docx = await JSZip.loadAsync(await (await get("format=docx&mode=tracked")).body());
  const xml = await docx.file("word/document.xml")!.async("string");
  // Word-level: the correction only drops words, so one deletion and nothing inserted.
  expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText[^>]*>a majority <\/w:delText>/);
  expect(await (await get("format=notes")).text()).toContain("An earlier version of this article");
  expect(await (await get("format=report-csv")).text()).toContain("The state holds 15%: a minority stake.");
  expect(await (await get("format=report-html")).text()).toContain("Renault shareholding structure");
  // ClaimReview needs the desk's public address (asked of admins); then it is one pasteable @graph.
  expect((await get("format=claimreview")).status()).toBe(409);
  await db.deskSettings.upsert({
    where: { id: 1 },
    create: { id: 1, organisationUrl: "https://news.example", publicFactCheckUrl: "https://news.example/fact-checks" },
    update: { organisationUrl: "https://news.example", publicFactCheckUrl: "https://news.example/fact-checks" },
  });
  const claimReview = await (await get("format=claimreview")).json();
  expect(claimReview["@graph"].length).toBe(article.claims.length);
  expect(claimReview["@graph"][0].url).toMatch(/^https:\/\/news\.example\/fact-checks\//);
  expect(await (await get("format=audit-csv")).text()).toContain("article.sign-off");
  const auditJson = await (await get("format=audit-json")).json();
  expect(auditJson.events.length).toBeGreaterThan(10);
  // Each export names the audit chain head it was made from, in a header and in the file.
  const txt = await get("format=txt");
  const [seq, hash] = txt.headers()["factdesk-audit-head"].split(" ");
  expect(Number(seq)).toBe(auditJson.head.seq);
  expect(await txt.text()).toContain(`Audit chain head: event ${seq} of article ${article.id}, SHA-256 ${hash}`);

  // The drafted correction note can be edited before it goes out.
  const note = reviewerPage.getByLabel("Correction note 1");
  await expect(note).toHaveValue(/An earlier version of this article/);
  await note.fill("Correction: the French state owns 15% of Renault, not a majority.");
  const notesDownload = reviewerPage.waitForEvent("download");
  await reviewerPage.getByRole("button", { name: "Download these notes" }).click();
  expect(fs.readFileSync((await (await notesDownload).path())!, "utf8")).toContain("not a majority.");

  // An editor's later verdict change voids the sign-off, visibly.
  await openReview(editorPage, `/articles/${article.id}?claim=${otherClaims[0].id}`);
  await setVerdictInPanel(editorPage, "Disputed", { rationale: "New information from the ministry." });
  await reviewerPage.reload();
  await expect(reviewerPage.getByTestId("article-state")).toHaveText("In review");
  await expect(reviewerPage.getByRole("region", { name: "Sign-off history" })).toContainText("Voided");
  await editorPage.goto("/");
  await expect(editorPage.getByText(/Sign-off voided/).first()).toBeVisible();
  expect(await (await editorPage.request.get(`/api/articles/${article.id}/export?format=md`)).text()).toContain("NOT SIGNED OFF");
  await editorContext.close();
  await reviewerContext.close();
});
