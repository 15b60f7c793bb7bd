// Item 9: bad input to the claim use cases (and the article text claims are
// anchored in) is refused with VALIDATION, field errors on the right path, and
// nothing written. Server actions pass raw input straight through, so these
// are what a hand-made POST could send.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/capabilities";
import { MAX_CLAIM_CHARACTERS } from "@/lib/domain/claim-length";
import { MAX_ARTICLE_CHARACTERS } from "@/lib/schemas/article";
import { createArticle } from "@/lib/server/articles/create-article";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { db } from "@/lib/db";
import { makeArticleWithClaim } from "../support/claim-factories";
import { expectRefusedWithoutWrites, expectValidationWithoutWrites } from "../support/expect-no-writes";
import { DEFAULT_TEXT, makeUser } from "../support/factories";

let editor: Actor;
let fixture: Awaited<ReturnType<typeof makeArticleWithClaim>>;

beforeAll(async () => {
  editor = await makeUser("editor");
  fixture = await makeArticleWithClaim(editor);
});

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

describe("createClaim", () => {
  const valid = () => ({ articleId: fixture.article.id, start: 4, end: 21 });
  const attempt = (input: unknown) => () => createClaim({ actor: editor, input });

  it("accepts the valid baseline (so each refusal below is about one field)", async () => {
    await expect(createClaim({ actor: editor, input: { ...valid(), restated: "x".repeat(2000) } })).resolves.toMatchObject({
      id: expect.any(String),
    });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["restated over 2,000 characters", { restated: "x".repeat(2001) }, ["restated"]],
    ["start as a string", { start: "4" }, ["start"]],
    ["end as a string", { end: "21" }, ["end"]],
    ["a fractional start", { start: 4.5 }, ["start"]],
    ["a negative start", { start: -1 }, ["start"]],
    ["start missing", { start: undefined }, ["start"]],
    ["restated as a number", { restated: 42 }, ["restated"]],
    ["an article id that is not a uuid", { articleId: "renault" }, ["articleId"]],
    ["an unknown field", { verdict: "verified" }, ["_form"]],
    ["a smuggled author", { createdById: UNKNOWN_ID }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(attempt({ ...valid(), ...change }), paths);
  });

  it("refuses a selection longer than a claim can be, saying how long it is and what to do", async () => {
    const sentence = "The state owns 15% of Renault and said so again. ";
    const text = sentence.repeat(Math.ceil((MAX_CLAIM_CHARACTERS + 100) / sentence.length));
    const article = await createArticle({ actor: editor, input: { headline: "Long selection", text } });
    const tooLong = MAX_CLAIM_CHARACTERS + 1;
    const error = await expectValidationWithoutWrites(
      () => createClaim({ actor: editor, input: { articleId: article.id, start: 0, end: tooLong } }), ["end"]);
    expect(error.userMessage).toContain(`at most ${MAX_CLAIM_CHARACTERS.toLocaleString("en")} characters`);
    const atTheCap = text.slice(0, MAX_CLAIM_CHARACTERS).trimEnd().length;
    await expect(createClaim({ actor: editor, input: { articleId: article.id, start: 0, end: atTheCap } })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("names the unknown field", async () => {
    const error = await expectValidationWithoutWrites(attempt({ ...valid(), isOrphaned: true }), ["_form"]);
    expect(error.fieldErrors._form.join(" ")).toContain("isOrphaned");
  });

  it("refuses input that is not an object at all", async () => {
    await expectValidationWithoutWrites(attempt("start=4&end=21"), ["_form"]);
    await expectValidationWithoutWrites(attempt(null), ["_form"]);
  });

  describe("a span outside the article", () => {
    it.each<[string, () => { start: number; end: number }]>([
      ["end past the end of the text", () => ({ start: 4, end: DEFAULT_TEXT.length + 1 })],
      ["start and end both past the end", () => ({ start: DEFAULT_TEXT.length + 5, end: DEFAULT_TEXT.length + 10 })],
      ["start equal to end", () => ({ start: 10, end: 10 })],
      ["start after end", () => ({ start: 20, end: 10 })],
    ])("refuses %s on the selection (start)", async (_label, span) => {
      await expectValidationWithoutWrites(attempt({ articleId: fixture.article.id, ...span() }), ["start"]);
    });

    it("accepts a span that ends exactly at the end of the text", async () => {
      const start = DEFAULT_TEXT.lastIndexOf("the merger");
      await expect(
        createClaim({ actor: editor, input: { articleId: fixture.article.id, start, end: DEFAULT_TEXT.length } }),
      ).resolves.toMatchObject({ id: expect.any(String) });
    });

    it("refuses a whitespace-only selection (the paragraph break)", async () => {
      const start = DEFAULT_TEXT.indexOf("\n\n");
      await expectValidationWithoutWrites(attempt({ articleId: fixture.article.id, start, end: start + 2 }), ["start"]);
      const space = DEFAULT_TEXT.indexOf(" ");
      await expectValidationWithoutWrites(attempt({ articleId: fixture.article.id, start: space, end: space + 1 }), ["start"]);
    });

    it("refuses an article that does not exist with NOT_FOUND", async () => {
      await expectRefusedWithoutWrites(attempt({ articleId: UNKNOWN_ID, start: 0, end: 3 }), { code: "NOT_FOUND" });
    });
  });
});

describe("updateClaim", () => {
  const valid = () => ({ claimId: fixture.claim.id, expectedVersion: fixture.claim.version, restated: "France owns 15%." });
  const attempt = (input: unknown) => () => updateClaim({ actor: editor, input });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["restated over 2,000 characters", { restated: "y".repeat(2001) }, ["restated"]],
    ["expectedVersion as a string", { expectedVersion: "0" }, ["expectedVersion"]],
    ["a negative expectedVersion", { expectedVersion: -1 }, ["expectedVersion"]],
    ["expectedVersion missing", { expectedVersion: undefined }, ["expectedVersion"]],
    ["a claim id that is not a uuid", { claimId: 7 }, ["claimId"]],
    ["an unknown field", { exact: "rewritten quote" }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(attempt({ ...valid(), ...change }), paths);
  });

  it("refuses an unknown claim with NOT_FOUND", async () => {
    await expectRefusedWithoutWrites(attempt({ ...valid(), claimId: UNKNOWN_ID }), { code: "NOT_FOUND" });
  });
});

describe("setClaimVerdict", () => {
  const valid = () => ({
    claimId: fixture.claim.id,
    expectedVersion: fixture.claim.version,
    verdict: "disputed",
    rationale: "Not a majority.",
  });
  const attempt = (input: unknown) => () => setClaimVerdict({ actor: editor, input });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['verdict "maybe"', { verdict: "maybe" }, ["verdict"]],
    ["verdict in capitals", { verdict: "DISPUTED" }, ["verdict"]],
    ["verdict missing", { verdict: undefined }, ["verdict"]],
    ["a correction over 2,000 characters", { verdict: "corrected", correction: "c".repeat(2001) }, ["correction"]],
    ["a rationale over 5,000 characters", { rationale: "r".repeat(5001) }, ["rationale"]],
    ["a rationale as an array", { rationale: ["Not", "a majority"] }, ["rationale"]],
    ["expectedVersion as a string", { expectedVersion: "0" }, ["expectedVersion"]],
    ["a smuggled verdict setter", { verdictSetById: UNKNOWN_ID }, ["_form"]],
    ["a smuggled dispute acknowledgement", { disputeAckedById: UNKNOWN_ID }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(attempt({ ...valid(), ...change }), paths);
  });
});

describe("assignClaim", () => {
  const valid = () => ({ claimId: fixture.claim.id, expectedVersion: fixture.claim.version, assigneeId: editor.id });
  const attempt = (input: unknown) => () => assignClaim({ actor: editor, input });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["an assignee that is not a uuid", { assigneeId: "editor@factdesk.test" }, ["assigneeId"]],
    ["assignee missing (null clears it; absent is an error)", { assigneeId: undefined }, ["assigneeId"]],
    ["an unknown field", { verdict: "verified" }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(attempt({ ...valid(), ...change }), paths);
  });

  it("refuses an unknown person, a viewer and a disabled account on assigneeId", async () => {
    const viewer = await makeUser("viewer");
    const disabled = await makeUser("editor");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    for (const assigneeId of [UNKNOWN_ID, viewer.id, disabled.id]) {
      await expectValidationWithoutWrites(attempt({ ...valid(), assigneeId }), ["assigneeId"]);
    }
  });
});

describe("deleteClaim", () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ["expectedVersion missing", { expectedVersion: undefined }, ["expectedVersion"]],
    ["an unknown field", { force: true }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(
      () => deleteClaim({ actor: editor, input: { claimId: fixture.claim.id, expectedVersion: 0, ...change } }),
      paths,
    );
  });
});

describe("createArticle (the text claims are anchored in)", () => {
  const valid = () => ({ headline: "A headline", text: DEFAULT_TEXT });
  const attempt = (input: unknown) => () => createArticle({ actor: editor, input });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["text over 200,000 characters", { text: "a".repeat(MAX_ARTICLE_CHARACTERS + 1) }, ["text"]],
    ["whitespace-only text", { text: " \n\n \t " }, ["text"]],
    ["text as a number", { text: 12345 }, ["text"]],
    ["a headline over 300 characters", { headline: "h".repeat(301) }, ["headline"]],
    ["an empty headline", { headline: "   " }, ["headline"]],
    ["a javascript: original URL", { originalUrl: "javascript:alert(1)" }, ["originalUrl"]],
    ["a published date that is not a date", { publishedAt: "last Tuesday" }, ["publishedAt"]],
    ["an unknown field", { state: "signed_off" }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(attempt({ ...valid(), ...change }), paths);
  });

  it("accepts text of exactly 200,000 characters", async () => {
    const text = `${"word ".repeat(MAX_ARTICLE_CHARACTERS / 5 - 1)}last.`;
    expect(text).toHaveLength(MAX_ARTICLE_CHARACTERS);
    await expect(createArticle({ actor: editor, input: { ...valid(), text } })).resolves.toMatchObject({ id: expect.any(String) });
  });
});
