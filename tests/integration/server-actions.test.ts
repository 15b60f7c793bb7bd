// Item 8: server actions are public POST endpoints; a page that hides a button
// protects nothing. Each action is called directly, as a hand-made POST would,
// with the session mocked: anonymous and under-privileged callers get
// { ok: false } with the sign-in / forbidden message and the database is
// unchanged; the right role gets the same call through.
import fs from "node:fs";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor, Role } from "@/lib/domain/capabilities";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/action-result";
import { createApiTokenAction, revokeApiTokenAction, updateDeskSettingsAction } from "@/lib/actions/admin";
import { createArticleAction } from "@/lib/actions/articles";
import { getClaimChecksAction } from "@/lib/actions/claim-checks";
import { createWebhookEndpointAction, deleteWebhookEndpointAction, redeliverWebhookAction } from "@/lib/actions/webhooks";
import { findSimilarClaimsAction, reuseSourcesAction } from "@/lib/actions/claim-memory";
import { importArticleAction, importRevisionAction } from "@/lib/actions/imports";
import { updateArticleDetailsAction } from "@/lib/actions/articles";
import { applyCorrectionsAction, saveRevisionAction } from "@/lib/actions/revisions";
import { loadArticleStatusAction, loadClaimUpdateAction } from "@/lib/actions/live";
import { dismissSuggestionAction } from "@/lib/actions/suggestions";
import {
  assignClaimAction,
  createClaimAction,
  deleteClaimAction,
  setClaimVerdictAction,
  updateClaimAction,
} from "@/lib/actions/claims";
import { addCommentAction, resolveCommentAction } from "@/lib/actions/comments";
import { acknowledgeDisputeAction, requestReviewAction, sendBackArticleAction, signOffArticleAction } from "@/lib/actions/sign-offs";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/inbox";
import { createSourceAction, linkSourceAction, searchSourcesAction, unlinkSourceAction, addEvidenceAction, mergeSourcesAction, updateSourceAction } from "@/lib/actions/sources";
import {
  createUserAction,
  setUserDisabledAction,
  setUserRoleAction,
  signOutEverywhereAction,
  unlockSignInAction,
} from "@/lib/actions/users";
import { endOtherSessionsAction, endSessionAction } from "@/lib/actions/sessions";
import { accountKey } from "@/lib/domain/auth/sign-in-throttle";
import { confirmTwoFactorAction, disableTwoFactorAction } from "@/lib/actions/two-factor";
import { startTwoFactorEnrolment } from "@/lib/server/auth/two-factor/start-two-factor-enrolment";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { updateDeskSettings } from "@/lib/server/settings/update-desk-settings";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { makeArticleWithClaim, makeComment, makeSource, makeSourcedClaim, readClaim } from "../support/claim-factories";
import { snapshotDatabase } from "../support/db-snapshot";
import { DEFAULT_TEXT, makeArticle, makeUser } from "../support/factories";
import { codeAt, enrolTwoFactor, resetTwoFactor } from "../support/two-factor";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
const revalidated = vi.hoisted(() => ({ paths: [] as string[] }));

vi.mock("@/lib/auth/get-actor", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({
  revalidatePath: (p: string) => {
    revalidated.paths.push(p);
  },
}));
// Next's redirect() throws an error whose digest carries the target; runAction lets it through.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));

const SIGN_IN_MESSAGE = "Please sign in to continue.";
const FORBIDDEN_MESSAGE = "Your role does not allow this.";

let users: Record<Role, Actor>;
let checker: Actor;

beforeAll(async () => {
  users = {
    viewer: await makeUser("viewer"),
    editor: await makeUser("editor"),
    reviewer: await makeUser("reviewer"),
    admin: await makeUser("admin"),
  };
  checker = await makeUser("editor");
});

beforeEach(() => {
  session.actor = null;
  revalidated.paths = [];
});

function makeSessionRecord(userId: string) {
  return db.userSession.create({ data: { userId, expiresAt: new Date(Date.now() + 3_600_000) }, select: { id: true } });
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

type Attempt = {
  /** Posts the action with fresh, valid input. */
  post: () => Promise<ActionResult<unknown>>;
  /** After an allowed post: the change is really in the database. */
  verify: (result: ActionResult<unknown>) => Promise<void>;
};

type ActionCase = {
  /** The lowest role allowed (per docs/product.md); every role below it is refused. */
  allowed: Role;
  prepare: () => Promise<Attempt>;
  /** Actions that redirect on success (the "new article" form) instead of returning. */
  redirectsTo?: RegExp;
};

const ROLE_ORDER: Role[] = ["viewer", "editor", "reviewer", "admin"];

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.data;
}

function fileForm(fields: Record<string, string>, fileName: string, content: string): FormData {
  const data = form(fields);
  data.set("file", new File([content], fileName, { type: "text/plain" }));
  return data;
}

const ACTIONS: Record<string, ActionCase> = {
  updateSourceAction: {
    allowed: "editor",
    prepare: async () => {
      const source = await makeSource(checker);
      const title = `Edited ${randomUUID()}`;
      return {
        post: () => updateSourceAction(undefined, form({ sourceId: source.id, url: source.url, title, publisher: "", kind: "dataset", accessedAt: "2026-11-01" })),
        verify: async () => expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe(title),
      };
    },
  },
  addEvidenceAction: {
    allowed: "editor",
    prepare: async () => {
      const source = await makeSource(checker);
      return {
        post: () => addEvidenceAction(undefined, form({ sourceId: source.id, excerpt: "The State holds 15.01%.", capturedAt: "" })),
        verify: async () => expect(await db.evidenceSnapshot.count({ where: { sourceId: source.id } })).toBe(1),
      };
    },
  },
  mergeSourcesAction: {
    allowed: "editor",
    prepare: async () => {
      const [keep, merge] = [await makeSource(checker), await makeSource(checker)];
      return {
        post: () => mergeSourcesAction(undefined, form({ keepSourceId: keep.id, mergeSourceId: merge.id })),
        verify: async () => expect(await db.source.count({ where: { id: merge.id } })).toBe(0),
      };
    },
  },
  applyCorrectionsAction: {
    allowed: "editor",
    prepare: async () => {
      const { article } = await makeArticleWithClaim(checker, { verdict: "corrected", correction: "The corrected first sentence." });
      return {
        post: () => applyCorrectionsAction({ articleId: article.id, expectedVersion: 0 }),
        verify: async () => expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2),
      };
    },
  },
  saveRevisionAction: {
    allowed: "editor",
    prepare: async () => {
      const { article } = await makeArticleWithClaim(checker);
      return {
        post: () => saveRevisionAction({ articleId: article.id, expectedVersion: 0, text: `${DEFAULT_TEXT} Posted.` }),
        verify: async () => expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2),
      };
    },
  },
  importArticleAction: {
    allowed: "editor",
    // To the edit page, to check the details read from the file.
    redirectsTo: /^\/articles\/[0-9a-f-]{36}\/edit\?imported=1$/,
    prepare: async () => {
      const headline = `Imported article ${randomUUID()}`;
      return {
        post: () => importArticleAction(undefined, fileForm({ headline }, "story.txt", DEFAULT_TEXT)),
        verify: async () => expect(await db.article.count({ where: { headline } })).toBe(1),
      };
    },
  },
  updateArticleDetailsAction: {
    allowed: "editor",
    prepare: async () => {
      const article = await makeArticle(checker);
      const headline = `Corrected headline ${randomUUID()}`;
      return {
        post: () => updateArticleDetailsAction(undefined, form({ articleId: article.id, headline, byline: "", publication: "", originalUrl: "", publishedAt: "" })),
        verify: async () => expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).headline).toBe(headline),
      };
    },
  },
  importRevisionAction: {
    allowed: "editor",
    prepare: async () => {
      const { article } = await makeArticleWithClaim(checker);
      return {
        post: () => importRevisionAction(undefined, fileForm({ articleId: article.id, expectedVersion: "0" }, "v2.txt", `${DEFAULT_TEXT} More.`)),
        verify: async () => expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2),
      };
    },
  },
  dismissSuggestionAction: {
    allowed: "editor",
    prepare: async () => {
      const article = await makeArticle(checker);
      return {
        post: () => dismissSuggestionAction({ revisionId: article.revision.id, start: 0, end: 10 }),
        verify: async () => expect(await db.suggestionDismissal.count({ where: { revisionId: article.revision.id } })).toBe(1),
      };
    },
  },
  loadClaimUpdateAction: {
    allowed: "viewer",
    prepare: async () => {
      const { claim } = await makeArticleWithClaim(checker);
      return {
        post: () => loadClaimUpdateAction(claim.id),
        verify: async (result) => expect(okData(result)).toMatchObject({ id: claim.id, version: claim.version }),
      };
    },
  },
  loadArticleStatusAction: {
    allowed: "viewer",
    prepare: async () => {
      const { article } = await makeArticleWithClaim(checker);
      return {
        post: () => loadArticleStatusAction(article.id),
        verify: async (result) => expect(okData(result)).toMatchObject({ articleId: article.id, state: "in_review" }),
      };
    },
  },
  findSimilarClaimsAction: {
    allowed: "viewer",
    prepare: async () => {
      const { claim } = await makeArticleWithClaim(checker);
      return {
        post: () => findSimilarClaimsAction(claim.id),
        verify: async (result) => expect(Array.isArray(okData(result))).toBe(true),
      };
    },
  },
  getClaimChecksAction: {
    allowed: "viewer",
    prepare: async () => {
      const { claim } = await makeArticleWithClaim(checker);
      return {
        post: () => getClaimChecksAction(claim.id),
        verify: async (result) => expect(okData(result)).toMatchObject({ article: [], memory: expect.any(Array) }),
      };
    },
  },
  reuseSourcesAction: {
    allowed: "editor",
    prepare: async () => {
      const { claim: earlier } = await makeSourcedClaim(checker);
      const { article, claim } = await makeArticleWithClaim(checker);
      return {
        post: () => reuseSourcesAction({ claimId: claim.id, fromClaimId: earlier.id, articleId: article.id }),
        verify: async () => expect(await db.claimSource.count({ where: { claimId: claim.id } })).toBe(1),
      };
    },
  },
  createArticleAction: {
    allowed: "editor",
    redirectsTo: /^\/articles\/[0-9a-f-]{36}$/,
    prepare: async () => {
      const headline = `Posted article ${randomUUID()}`;
      return {
        post: () => createArticleAction(undefined, form({ headline, text: DEFAULT_TEXT })),
        verify: async () => {
          expect(await db.article.count({ where: { headline } })).toBe(1);
        },
      };
    },
  },
  createClaimAction: {
    allowed: "editor",
    prepare: async () => {
      const article = await makeArticle(checker);
      return {
        post: () => createClaimAction({ articleId: article.id, start: 4, end: 21 }),
        verify: async () => {
          expect(await db.claim.count({ where: { articleId: article.id } })).toBe(1);
          // Saves do not re-render the review page (issue 12, item 3): the page updates in place.
          expect(revalidated.paths).not.toContain(`/articles/${article.id}`);
        },
      };
    },
  },
  updateClaimAction: {
    allowed: "editor",
    prepare: async () => {
      const { claim } = await makeArticleWithClaim(checker);
      return {
        post: () => updateClaimAction({ claimId: claim.id, expectedVersion: claim.version, restated: "Posted words" }),
        verify: async () => expect(await readClaim(claim.id)).toMatchObject({ restated: "Posted words" }),
      };
    },
  },
  setClaimVerdictAction: {
    allowed: "editor",
    prepare: async () => {
      const { claim } = await makeArticleWithClaim(checker);
      return {
        post: () =>
          setClaimVerdictAction({ claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "Not a majority." }),
        verify: async (result) => {
          expect(await readClaim(claim.id)).toMatchObject({ verdict: "disputed" });
          // The changed claim and the derived state come back; nothing is re-rendered.
          expect(okData(result)).toMatchObject({ id: claim.id, verdict: "disputed", articleStatus: { state: "in_review", signOff: null } });
          expect(revalidated.paths).toEqual([]);
        },
      };
    },
  },
  assignClaimAction: {
    allowed: "editor",
    prepare: async () => {
      const { claim } = await makeArticleWithClaim(checker);
      return {
        post: () => assignClaimAction({ claimId: claim.id, expectedVersion: claim.version, assigneeId: checker.id }),
        verify: async () => expect(await readClaim(claim.id)).toMatchObject({ assigneeId: checker.id }),
      };
    },
  },
  deleteClaimAction: {
    allowed: "editor",
    prepare: async () => {
      const { article, claim } = await makeArticleWithClaim(checker);
      return {
        post: () => deleteClaimAction({ claimId: claim.id, expectedVersion: claim.version, articleId: article.id }),
        verify: async () => expect(await readClaim(claim.id)).toBeNull(),
      };
    },
  },
  addCommentAction: {
    allowed: "editor",
    prepare: async () => {
      const { article, claim } = await makeArticleWithClaim(checker);
      return {
        post: () => addCommentAction({ claimId: claim.id, body: "Posted comment", articleId: article.id }),
        verify: async () => expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(1),
      };
    },
  },
  resolveCommentAction: {
    allowed: "editor",
    prepare: async () => {
      const { article, claim } = await makeArticleWithClaim(checker);
      const comment = await makeComment(checker, claim.id);
      return {
        post: () => resolveCommentAction({ commentId: comment.id, isResolved: true, articleId: article.id }),
        verify: async () =>
          expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).resolvedAt).toBeInstanceOf(Date),
      };
    },
  },
  createSourceAction: {
    allowed: "editor",
    prepare: async () => {
      const url = `https://example.org/posted/${randomUUID()}`;
      return {
        post: () => createSourceAction({ url, title: "Posted source", kind: "dataset", accessedAt: "2024-04-04" }),
        verify: async () => expect(await db.source.count({ where: { url } })).toBe(1),
      };
    },
  },
  searchSourcesAction: {
    allowed: "viewer",
    prepare: async () => {
      const title = `Searchable ${randomUUID()}`;
      await makeSource(checker, { title });
      return {
        post: () => searchSourcesAction(title),
        verify: async (result) => expect(okData(result)).toEqual([expect.objectContaining({ title })]),
      };
    },
  },
  linkSourceAction: {
    allowed: "editor",
    prepare: async () => {
      const { article, claim } = await makeArticleWithClaim(checker);
      const source = await makeSource(checker);
      return {
        post: () => linkSourceAction({ claimId: claim.id, sourceId: source.id, stance: "supports", articleId: article.id }),
        verify: async () => expect(await db.claimSource.count({ where: { claimId: claim.id } })).toBe(1),
      };
    },
  },
  unlinkSourceAction: {
    allowed: "editor",
    prepare: async () => {
      const { article, claim, citation } = await makeSourcedClaim(checker);
      return {
        post: () => unlinkSourceAction({ claimSourceId: citation.id, articleId: article.id }),
        verify: async () => expect(await db.claimSource.count({ where: { claimId: claim.id } })).toBe(0),
      };
    },
  },
  signOffArticleAction: {
    allowed: "reviewer",
    prepare: async () => {
      const { article } = await makeSourcedClaim(checker, { verdict: "verified" });
      const { currentSha256 } = await getSignOffStatus({ actor: users.admin, articleId: article.id });
      return {
        post: () => signOffArticleAction({ articleId: article.id, expectedSha256: currentSha256 }),
        verify: async () => expect(await db.article.findUnique({ where: { id: article.id } })).toMatchObject({ state: "signed_off" }),
      };
    },
  },
  sendBackArticleAction: {
    allowed: "reviewer",
    prepare: async () => {
      const { article } = await makeArticleWithClaim(checker);
      return {
        post: () => sendBackArticleAction(undefined, form({ articleId: article.id, note: "Check the 15% again." })),
        verify: async () => expect(await db.article.findUnique({ where: { id: article.id } })).toMatchObject({ state: "sent_back" }),
      };
    },
  },
  requestReviewAction: {
    allowed: "editor",
    prepare: async () => {
      const { article } = await makeArticleWithClaim(checker);
      return {
        post: () => requestReviewAction({ articleId: article.id }),
        verify: async () => expect(await db.auditEvent.count({ where: { articleId: article.id, action: "article.request-review" } })).toBe(1),
      };
    },
  },
  markNotificationReadAction: {
    allowed: "viewer",
    prepare: async () => {
      const notification = await makeNotification(users.viewer.id);
      return {
        post: () => markNotificationReadAction(notification.id),
        verify: async () => expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeInstanceOf(Date),
      };
    },
  },
  markAllNotificationsReadAction: {
    allowed: "viewer",
    prepare: async () => {
      const notification = await makeNotification(users.viewer.id);
      return {
        post: () => markAllNotificationsReadAction(),
        verify: async () => expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeInstanceOf(Date),
      };
    },
  },
  acknowledgeDisputeAction: {
    allowed: "reviewer",
    prepare: async () => {
      const { article, claim } = await makeArticleWithClaim(checker, { verdict: "disputed", rationale: "Sources disagree." });
      return {
        post: () => acknowledgeDisputeAction({ claimId: claim.id, expectedVersion: claim.version, articleId: article.id }),
        verify: async () => expect(await readClaim(claim.id)).toMatchObject({ disputeAckedVersion: claim.version }),
      };
    },
  },
  createUserAction: {
    allowed: "admin",
    prepare: async () => {
      const email = `posted-${randomUUID()}@test.factdesk`;
      return {
        post: () => createUserAction(undefined, form({ email, name: "Posted", role: "admin", password: "a long passphrase" })),
        verify: async () => expect(await db.user.count({ where: { email } })).toBe(1),
      };
    },
  },
  setUserRoleAction: {
    allowed: "admin",
    prepare: async () => {
      const target = await makeUser("viewer");
      return {
        post: () => setUserRoleAction(target.id, "admin"),
        verify: async () => expect(await db.user.findUnique({ where: { id: target.id } })).toMatchObject({ role: "admin" }),
      };
    },
  },
  setUserDisabledAction: {
    allowed: "admin",
    prepare: async () => {
      const target = await makeUser("editor");
      return {
        post: () => setUserDisabledAction(target.id, true),
        verify: async () =>
          expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeInstanceOf(Date),
      };
    },
  },
  signOutEverywhereAction: {
    // Someone else's sessions: admins only (everyone may end their own, tested below).
    allowed: "admin",
    prepare: async () => {
      const target = await makeUser("editor");
      return {
        post: () => signOutEverywhereAction(target.id),
        verify: async () => expect(await db.user.findUnique({ where: { id: target.id } })).toMatchObject({ sessionVersion: 1 }),
      };
    },
  },
  unlockSignInAction: {
    allowed: "admin",
    prepare: async () => {
      const target = await makeUser("editor");
      await db.signInThrottle.create({
        data: { key: accountKey(target.email), windowStart: new Date(), failures: 5, lockedUntil: new Date(Date.now() + 600_000) },
      });
      return {
        post: () => unlockSignInAction(target.id),
        verify: async () => expect(await db.signInThrottle.count({ where: { key: accountKey(target.email) } })).toBe(0),
      };
    },
  },
  endSessionAction: {
    // One's own session (someone else's is "not found": sessions.test.ts).
    allowed: "viewer",
    prepare: async () => {
      const record = await makeSessionRecord(users.viewer.id);
      return {
        post: () => endSessionAction(record.id),
        verify: async () => expect((await db.userSession.findUniqueOrThrow({ where: { id: record.id } })).revokedAt).toBeInstanceOf(Date),
      };
    },
  },
  endOtherSessionsAction: {
    allowed: "viewer",
    prepare: async () => {
      // The viewer posts from a browser session of their own; one other session is ended.
      const current = await makeSessionRecord(users.viewer.id);
      const other = await makeSessionRecord(users.viewer.id);
      const viewer = users.viewer;
      users.viewer = { ...viewer, sessionId: current.id };
      return {
        post: () => endOtherSessionsAction(),
        verify: async () => {
          users.viewer = viewer;
          expect((await db.userSession.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).toBeInstanceOf(Date);
          expect((await db.userSession.findUniqueOrThrow({ where: { id: current.id } })).revokedAt).toBeNull();
        },
      };
    },
  },
  createApiTokenAction: {
    allowed: "admin",
    prepare: async () => {
      const target = await makeUser("editor");
      return {
        post: () => createApiTokenAction(undefined, form({ name: "Posted CMS", userId: target.id })),
        verify: async () => expect(await db.apiToken.count({ where: { userId: target.id } })).toBe(1),
      };
    },
  },
  createWebhookEndpointAction: {
    allowed: "admin",
    prepare: async () => {
      // A public address literal: accepted without a DNS lookup.
      const url = `https://93.184.216.34/hooks/${randomUUID()}`;
      const body = new FormData();
      body.set("url", url);
      body.append("events", "claim.corrected");
      return {
        post: () => createWebhookEndpointAction(undefined, body),
        verify: async () => expect(await db.webhookEndpoint.count({ where: { url } })).toBe(1),
      };
    },
  },
  deleteWebhookEndpointAction: {
    allowed: "admin",
    prepare: async () => {
      const endpoint = await db.webhookEndpoint.create({ data: { url: "https://93.184.216.34/gone", events: ["claim.corrected"], sealedSecret: "v1.x.y.z" } });
      return {
        post: () => deleteWebhookEndpointAction(endpoint.id),
        verify: async () => expect(await db.webhookEndpoint.count({ where: { id: endpoint.id } })).toBe(0),
      };
    },
  },
  redeliverWebhookAction: {
    allowed: "admin",
    prepare: async () => {
      const endpoint = await db.webhookEndpoint.create({ data: { url: "https://93.184.216.34/again", events: ["claim.corrected"], sealedSecret: "v1.x.y.z" } });
      const delivery = await db.webhookDelivery.create({
        data: { eventId: randomUUID(), endpointId: endpoint.id, event: "claim.corrected", articleId: randomUUID(), auditEventId: BigInt(1), payload: {}, status: "failed" },
      });
      return {
        post: () => redeliverWebhookAction(delivery.id.toString()),
        verify: async () => expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status).toBe("pending"),
      };
    },
  },
  revokeApiTokenAction: {
    allowed: "admin",
    prepare: async () => {
      const target = await makeUser("editor");
      const token = await db.apiToken.create({
        data: { name: "Posted token", userId: target.id, tokenHash: randomBytes(32).toString("hex") },
      });
      return {
        post: () => revokeApiTokenAction(token.id),
        verify: async () =>
          expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeInstanceOf(Date),
      };
    },
  },
  confirmTwoFactorAction: {
    allowed: "viewer",
    prepare: async () => {
      await resetTwoFactor(users.viewer.id);
      const enrolment = await startTwoFactorEnrolment({ actor: users.viewer });
      const code = await codeAt(enrolment.secret, new Date(), 0);
      return {
        post: () => confirmTwoFactorAction(undefined, form({ pendingSecret: enrolment.pendingSecret, code })),
        verify: async (result) => {
          expect(okData(result)).toMatchObject({ recoveryCodes: expect.arrayContaining([expect.any(String)]) });
          expect((await db.user.findUniqueOrThrow({ where: { id: users.viewer.id } })).totpEnabledAt).not.toBeNull();
          await resetTwoFactor(users.viewer.id);
        },
      };
    },
  },
  disableTwoFactorAction: {
    allowed: "viewer",
    prepare: async () => {
      await resetTwoFactor(users.viewer.id);
      const now = new Date();
      const { secret } = await enrolTwoFactor(users.viewer, now);
      // The next step's code: the enrolment spent the current one.
      const code = await codeAt(secret, now, 30);
      return {
        post: () => disableTwoFactorAction(undefined, form({ code })),
        verify: async () => expect((await db.user.findUniqueOrThrow({ where: { id: users.viewer.id } })).totpEnabledAt).toBeNull(),
      };
    },
  },
  updateDeskSettingsAction: {
    allowed: "admin",
    prepare: async () => {
      const original = await getDeskSettings();
      const name = `Posted desk ${randomUUID().slice(0, 8)}`;
      return {
        post: () =>
          updateDeskSettingsAction(undefined, form({ organisationName: name, organisationUrl: original.organisationUrl ?? "" })),
        verify: async () => {
          expect((await getDeskSettings()).organisationName).toBe(name);
          // Other files read the settings: put them back.
          await updateDeskSettings({ actor: users.admin, input: original });
        },
      };
    },
  },
};

async function postAndExpectRefusal(caseName: string, actor: Actor | null, code: string, message: string) {
  const attempt = await ACTIONS[caseName].prepare();
  session.actor = actor;
  const before = await snapshotDatabase();
  const result = await attempt.post();
  expect(result).toMatchObject({ ok: false, code, message });
  expect(await snapshotDatabase()).toEqual(before);
  expect(revalidated.paths.filter((p) => !p.endsWith("/sign-off"))).toEqual([]);
}

describe.each(Object.keys(ACTIONS))("%s", (caseName) => {
  const { allowed, redirectsTo } = ACTIONS[caseName];
  const refusedRoles = ROLE_ORDER.slice(0, ROLE_ORDER.indexOf(allowed));

  it("refuses an anonymous POST with the sign-in message and writes nothing", async () => {
    await postAndExpectRefusal(caseName, null, "UNAUTHENTICATED", SIGN_IN_MESSAGE);
  });

  it.each(refusedRoles)("refuses a %s with the forbidden message and writes nothing", async (role) => {
    const message = caseName === "signOutEverywhereAction" ? "You can only sign yourself out." : FORBIDDEN_MESSAGE;
    await postAndExpectRefusal(caseName, users[role], "FORBIDDEN", message);
  });

  it(`lets a${allowed === "admin" ? "n" : ""} ${allowed} through`, async () => {
    const attempt = await ACTIONS[caseName].prepare();
    session.actor = users[allowed];
    if (redirectsTo) {
      const error = await attempt.post().then(
        () => null,
        (e: unknown) => e as { digest?: string },
      );
      expect(error?.digest?.split(";")[2]).toMatch(redirectsTo);
      await attempt.verify({ ok: true, data: undefined });
      return;
    }
    const result = await attempt.post();
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    await attempt.verify(result);
  });
});

/** A notification made straight in the database (the inbox's own tests cover how they are made). */
function makeNotification(recipientId: string) {
  return db.notification.create({ data: { recipientId, kind: "mention", actorLabel: "Test", auditEventId: 0n, message: "Test mentioned you" } });
}

describe("attacker-shaped POSTs", () => {
  it("a viewer may end their own sessions, but nobody else's", async () => {
    session.actor = users.viewer;
    expect(await signOutEverywhereAction(users.viewer.id)).toMatchObject({ ok: true });
    const before = await snapshotDatabase();
    expect(await signOutEverywhereAction(users.editor.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("extra fields an editor smuggles into a verdict are refused, not written", async () => {
    const { claim } = await makeArticleWithClaim(checker);
    session.actor = users.editor;
    const before = await snapshotDatabase();
    const smuggled = {
      claimId: claim.id,
      expectedVersion: claim.version,
      verdict: "disputed",
      rationale: "Not a majority.",
      verdictSetById: users.admin.id,
    } as Parameters<typeof setClaimVerdictAction>[0];
    const result = await setClaimVerdictAction(smuggled);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { _form: [expect.stringContaining("verdictSetById")] } });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a form that reaches createUserAction without a session keeps what was typed, never the password", async () => {
    const result = await createUserAction(
      undefined,
      form({ email: "intruder@example.org", name: "Intruder", role: "admin", password: "hunter2hunter2" }),
    );
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED", values: { email: "intruder@example.org" } });
    expect(JSON.stringify(result)).not.toContain("hunter2");
    expect(await db.user.count({ where: { email: "intruder@example.org" } })).toBe(0);
  });
});

describe("coverage", () => {
  it("tests every exported server action in lib/actions", () => {
    const folder = path.resolve(import.meta.dirname, "../../lib/actions");
    const exported = fs
      .readdirSync(folder)
      .filter((file) => file.endsWith(".ts") && file !== "action-result.ts")
      .flatMap((file) => [...fs.readFileSync(path.join(folder, file), "utf8").matchAll(/export async function (\w+)/g)].map((m) => m[1]));
    expect(exported.filter((name) => !(name in ACTIONS)).sort(), "server actions without a test").toEqual([]);
  });
});
