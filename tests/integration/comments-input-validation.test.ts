// Item 9 for comments: over-long or empty bodies, wrong types and unknown
// fields are refused with VALIDATION on the right path, and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/capabilities";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { makeArticleWithClaim, makeComment } from "../support/claim-factories";
import { expectRefusedWithoutWrites, expectValidationWithoutWrites } from "../support/expect-no-writes";
import { makeUser } from "../support/factories";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
let editor: Actor;
let claimId: string;
let commentId: string;

beforeAll(async () => {
  editor = await makeUser("editor");
  const { claim } = await makeArticleWithClaim(editor);
  claimId = claim.id;
  commentId = (await makeComment(editor, claim.id)).id;
});

describe("addComment", () => {
  const attempt = (input: unknown) => () => addComment({ actor: editor, input });

  it("accepts a body of exactly 5,000 characters", async () => {
    await expect(addComment({ actor: editor, input: { claimId, body: "b".repeat(5000) } })).resolves.toMatchObject({
      id: expect.any(String),
    });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a body over 5,000 characters", { body: "b".repeat(5001) }, ["body"]],
    ["an empty body", { body: "" }, ["body"]],
    ["a whitespace-only body", { body: " \n\t " }, ["body"]],
    ["a body as an object", { body: { text: "hi" } }, ["body"]],
    ["a claim id that is not a uuid", { claimId: 12 }, ["claimId"]],
    ["a smuggled author", { authorId: UNKNOWN_ID }, ["_form"]],
    ["a smuggled resolution", { resolvedAt: "2024-01-01" }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(attempt({ claimId, body: "A fair question.", ...change }), paths);
  });

  it("refuses a comment on a claim that does not exist with NOT_FOUND", async () => {
    await expectRefusedWithoutWrites(attempt({ claimId: UNKNOWN_ID, body: "Hello" }), { code: "NOT_FOUND" });
  });
});

describe("resolveComment", () => {
  const attempt = (input: unknown) => () => resolveComment({ actor: editor, input });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['isResolved as the string "yes"', { isResolved: "yes" }, ["isResolved"]],
    ["isResolved as 1", { isResolved: 1 }, ["isResolved"]],
    ["a comment id that is not a uuid", { commentId: "first" }, ["commentId"]],
    ["an unknown field", { body: "rewritten" }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(attempt({ commentId, isResolved: true, ...change }), paths);
  });

  it("refuses a comment that does not exist with NOT_FOUND", async () => {
    await expectRefusedWithoutWrites(attempt({ commentId: UNKNOWN_ID }), { code: "NOT_FOUND" });
  });
});
