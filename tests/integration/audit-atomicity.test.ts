// Item 7: the change and its audit event commit together or not at all. A
// failure injected right after the audit row is written (and before commit)
// must leave neither the change nor the event. The mock lives in this file only.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/domain/capabilities";
import { createArticle } from "@/lib/server/articles/create-article";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { createSource } from "@/lib/server/sources/create-source";
import { linkSource } from "@/lib/server/sources/link-source";
import { unlinkSource } from "@/lib/server/sources/unlink-source";
import { createUser } from "@/lib/server/users/create-user";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import {
  makeArticleWithClaim,
  makeComment,
  makeSource,
  makeSourcedClaim,
  readClaim,
} from "../support/claim-factories";
import { snapshotDatabase } from "../support/db-snapshot";
import { DEFAULT_TEXT, makeUser } from "../support/factories";

const injection = vi.hoisted(() => ({ isOn: false, calls: 0 }));

vi.mock("@/lib/server/audit/record-audit-event", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/server/audit/record-audit-event")>();
  return {
    ...real,
    recordAuditEvent: async (...args: Parameters<typeof real.recordAuditEvent>) => {
      await real.recordAuditEvent(...args);
      if (injection.isOn) {
        injection.calls++;
        throw new Error("injected failure after the audit write");
      }
    },
  };
});

afterEach(() => {
  injection.isOn = false;
});

/** Runs `work` with the failure switched on: it must reject and change nothing at all. */
async function expectAtomic(work: () => Promise<unknown>) {
  const before = await snapshotDatabase();
  const mark = await markAuditEvents();
  injection.isOn = true;
  injection.calls = 0;
  try {
    await expect(work()).rejects.toThrow("injected failure after the audit write");
  } finally {
    injection.isOn = false;
  }
  // The audit row was really written inside the transaction before the failure.
  expect(injection.calls).toBe(1);
  expect(await auditEventsSince(mark)).toEqual([]);
  expect(await snapshotDatabase()).toEqual(before);
}

type Case = [string, (editor: Actor) => Promise<() => Promise<unknown>>];

const cases: Case[] = [
  [
    "createArticle",
    async (editor) => () => createArticle({ actor: editor, input: { headline: "Atomic article", text: DEFAULT_TEXT } }),
  ],
  [
    "createClaim",
    async (editor) => {
      const { article } = await makeArticleWithClaim(editor);
      return () => createClaim({ actor: editor, input: { articleId: article.id, start: 4, end: 21 } });
    },
  ],
  [
    "updateClaim",
    async (editor) => {
      const { claim } = await makeArticleWithClaim(editor);
      return () => updateClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, restated: "New words" } });
    },
  ],
  [
    "assignClaim",
    async (editor) => {
      const { claim } = await makeArticleWithClaim(editor);
      return () => assignClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, assigneeId: editor.id } });
    },
  ],
  [
    "deleteClaim",
    async (editor) => {
      const { claim } = await makeSourcedClaim(editor);
      await makeComment(editor, claim.id);
      return () => deleteClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version } });
    },
  ],
  [
    "createSource",
    async (editor) => () =>
      createSource({
        actor: editor,
        input: { url: "https://example.org/atomic", title: "Atomic", kind: "dataset", accessedAt: "2024-01-01" },
      }),
  ],
  [
    "linkSource",
    async (editor) => {
      const { claim } = await makeArticleWithClaim(editor);
      const source = await makeSource(editor);
      return () => linkSource({ actor: editor, input: { claimId: claim.id, sourceId: source.id, stance: "supports" } });
    },
  ],
  [
    "unlinkSource",
    async (editor) => {
      const { citation } = await makeSourcedClaim(editor);
      return () => unlinkSource({ actor: editor, input: { claimSourceId: citation.id } });
    },
  ],
  [
    "addComment",
    async (editor) => {
      const { claim } = await makeArticleWithClaim(editor);
      return () => addComment({ actor: editor, input: { claimId: claim.id, body: "Atomic comment" } });
    },
  ],
  [
    "resolveComment",
    async (editor) => {
      const { claim } = await makeArticleWithClaim(editor);
      const comment = await makeComment(editor, claim.id);
      return () => resolveComment({ actor: editor, input: { commentId: comment.id, isResolved: true } });
    },
  ],
];

describe("a failure after the audit write rolls back the change and the event", () => {
  it("setClaimVerdict: the claim keeps its verdict and version", async () => {
    const editor = await makeUser("editor");
    const { claim } = await makeArticleWithClaim(editor);
    await expectAtomic(() =>
      setClaimVerdict({
        actor: editor,
        input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "Not a majority." },
      }),
    );
    expect(await readClaim(claim.id)).toMatchObject({ version: claim.version, verdict: "pending", rationale: null });
    // And with the failure switched off the same save goes through.
    const saved = await setClaimVerdict({
      actor: editor,
      input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "Not a majority." },
    });
    expect(saved).toMatchObject({ version: claim.version + 1, verdict: "disputed" });
  });

  it.each(cases)("%s", async (_name, prepare) => {
    const editor = await makeUser("editor");
    const work = await prepare(editor);
    await expectAtomic(work);
    // The same call succeeds once the failure is switched off: the test did exercise a real write.
    await work();
  });

  describe("user management", () => {
    it.each<[string, (admin: Actor, target: Actor) => Promise<unknown>]>([
      [
        "createUser",
        (admin) =>
          createUser({
            actor: admin,
            input: { email: `atomic-${Date.now()}@test.factdesk`, name: "Atomic", role: "editor", password: "a long passphrase" },
          }),
      ],
      ["setUserRole", (admin, target) => setUserRole({ actor: admin, input: { userId: target.id, role: "reviewer" } })],
      ["setUserDisabled", (admin, target) => setUserDisabled({ actor: admin, input: { userId: target.id, isDisabled: true } })],
      ["signOutEverywhere", (admin, target) => signOutEverywhere({ actor: admin, userId: target.id })],
    ])("%s", async (_name, work) => {
      const [admin, target] = await Promise.all([makeUser("admin"), makeUser("editor")]);
      await expectAtomic(() => work(admin, target));
      await work(admin, target);
    });
  });
});
