// Issue 11, item B through the server actions the forms post to: hostile text
// and dates come back as { ok: false } with a field error and what the user
// typed, never a thrown error, and nothing is written.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/domain/capabilities";
import { createArticleAction } from "@/lib/actions/articles";
import { addCommentAction } from "@/lib/actions/comments";
import { createSourceAction, searchSourcesAction } from "@/lib/actions/sources";
import { makeArticleWithClaim } from "../support/claim-factories";
import { snapshotDatabase } from "../support/db-snapshot";
import { makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/get-actor", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let claim: { id: string; articleId: string };

beforeAll(async () => {
  session.actor = await makeUser("editor");
  claim = (await makeArticleWithClaim(session.actor)).claim;
});

async function expectFieldErrorWithoutWrites(work: () => Promise<unknown>, field: string) {
  const before = await snapshotDatabase();
  const result = (await work()) as { ok: boolean; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };
  expect(result.ok).toBe(false);
  expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
  expect(await snapshotDatabase()).toEqual(before);
  return result;
}

const articleForm = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries({ headline: "Renault", text: "Renault holds 43% of Nissan.", ...fields })) form.set(key, value);
  return form;
};

describe("server actions with hostile input", () => {
  it.each([
    ["headline", "Renault\u0000"],
    ["headline", "\u200B\u200D"],
    // (A lone surrogate cannot arrive through FormData: it turns them into U+FFFD.)
    ["byline", "A. Reporter\u0000"],
    ["publication", "\uFEFF\u200E"],
    ["text", "Renault\u0000 holds 43%."],
    ["originalUrl", "https://paper.example/\u200Bx"],
    ["publishedAt", "-271821-04-20"],
  ])("createArticleAction refuses %s = %j and keeps what was typed", async (field, value) => {
    const result = await expectFieldErrorWithoutWrites(() => createArticleAction(null, articleForm({ [field]: value })), field);
    expect(result.values?.[field]).toBe(value);
  });

  it("addCommentAction refuses a comment of zero-width spaces", async () => {
    await expectFieldErrorWithoutWrites(() => addCommentAction({ claimId: claim.id, articleId: claim.articleId, body: "\u200B\u200B" }), "body");
  });

  it("createSourceAction refuses an access date in the year 10000", async () => {
    await expectFieldErrorWithoutWrites(
      () => createSourceAction({ url: "https://a.example", title: "Report", kind: "other", accessedAt: "10000-01-01" }),
      "accessedAt",
    );
  });

  it("searchSourcesAction refuses a NUL byte instead of sending it to PostgreSQL", async () => {
    await expectFieldErrorWithoutWrites(() => searchSourcesAction("Renault\u0000"), "query");
  });
});
