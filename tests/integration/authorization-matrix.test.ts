// Item 8: every use case, called as each kind of caller, against a table written
// from docs/product.md, section "Roles" (product.md, "Roles"; not derived from lib/domain/capabilities.ts,
// so a wrong capability map fails here):
//   viewer   read-only (reporters, standards desk): reads articles, claims, sources, the trail
//   editor   creates articles, creates/edits claims, sets verdicts, attaches sources, comments
//   reviewer everything an editor may, plus sign-off / send back / acknowledge disputes
//   admin    manages users, roles, accounts, API tokens and settings, and sees everything;
//            we read "sees everything" as also being able to do what a reviewer does
//   anyone signed in may end their own sessions; nobody anonymous may do or read anything.
// A refused call must leave every table exactly as it was; an allowed call gets
// valid fresh input and must really succeed (writes leave an audit event by the caller).
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { AppError } from "@/lib/errors";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createApiTokenForEmail } from "@/lib/server/api-tokens/create-api-token-for-email";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { listArticlesForCms } from "@/lib/server/articles/list-articles-for-cms";
import { createWebhookEndpoint } from "@/lib/server/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/server/webhooks/delete-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/server/webhooks/list-webhook-endpoints";
import { redeliverWebhook } from "@/lib/server/webhooks/redeliver-webhook";
import { confirmTwoFactorEnrolment } from "@/lib/server/auth/two-factor/confirm-two-factor-enrolment";
import { disableTwoFactor } from "@/lib/server/auth/two-factor/disable-two-factor";
import { getTwoFactorStatus } from "@/lib/server/auth/two-factor/get-two-factor-status";
import { startTwoFactorEnrolment } from "@/lib/server/auth/two-factor/start-two-factor-enrolment";
import { createArticle } from "@/lib/server/articles/create-article";
import { getArticleForReview } from "@/lib/server/articles/get-article-for-review";
import { loadReviewPage } from "@/lib/server/articles/load-review-page";
import { listArticles } from "@/lib/server/articles/list-articles";
import { importArticle } from "@/lib/server/articles/import-article";
import { importRevision } from "@/lib/server/articles/import-revision";
import { listRevisions } from "@/lib/server/articles/list-revisions";
import { saveRevision } from "@/lib/server/articles/save-revision";
import { upsertArticleFromCms } from "@/lib/server/articles/upsert-article-from-cms";
import { getAuditFilterOptions } from "@/lib/server/audit/get-audit-filter-options";
import { verifyAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { findSimilarClaims } from "@/lib/server/claims/find-similar-claims";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { getClaimChecks } from "@/lib/server/claims/get-claim-checks";
import { listVerifiedWithWarnings } from "@/lib/server/claims/list-verified-with-warnings";
import { searchClaims } from "@/lib/server/claims/search-claims";
import { countUnreadNotifications } from "@/lib/server/inbox/count-unread-notifications";
import { listNotifications } from "@/lib/server/inbox/list-notifications";
import { markAllNotificationsRead } from "@/lib/server/inbox/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/server/inbox/mark-notification-read";
import { requestReview } from "@/lib/server/sign-offs/request-review";
import { patchClaim } from "@/lib/server/claims/patch-claim";
import { updateArticleDetails } from "@/lib/server/articles/update-article-details";
import { applyCorrections } from "@/lib/server/articles/apply-corrections";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { exportArticle } from "@/lib/server/exports/export-article";
import { streamArticleExport } from "@/lib/server/exports/stream-article-export";
import { getCorrectionNoteDrafts } from "@/lib/server/exports/get-correction-note-drafts";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { updateDeskSettings } from "@/lib/server/settings/update-desk-settings";
import { acknowledgeDispute } from "@/lib/server/sign-offs/acknowledge-dispute";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { sendBackArticle } from "@/lib/server/sign-offs/send-back-article";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { createSource } from "@/lib/server/sources/create-source";
import { addEvidence } from "@/lib/server/sources/add-evidence";
import { getEvidenceFile } from "@/lib/server/sources/get-evidence-file";
import { getSource } from "@/lib/server/sources/get-source";
import { mergeSources } from "@/lib/server/sources/merge-sources";
import { updateSource } from "@/lib/server/sources/update-source";
import { linkSource } from "@/lib/server/sources/link-source";
import { dismissSuggestion } from "@/lib/server/suggestions/dismiss-suggestion";
import { listSuggestions } from "@/lib/server/suggestions/list-suggestions";
import { reuseSources } from "@/lib/server/sources/reuse-sources";
import { searchSources } from "@/lib/server/sources/search-sources";
import { unlinkSource } from "@/lib/server/sources/unlink-source";
import { openLiveStream } from "@/lib/server/live/open-live-stream";
import { announcePresence } from "@/lib/server/live/announce-presence";
import { getArticleStatus } from "@/lib/server/articles/get-article-status";
import { createUser } from "@/lib/server/users/create-user";
import { listAssignableUsers } from "@/lib/server/users/list-assignable-users";
import { listUsers } from "@/lib/server/users/list-users";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { endOtherSessions } from "@/lib/server/users/end-other-sessions";
import { endUserSession } from "@/lib/server/users/end-user-session";
import { listUserSessions } from "@/lib/server/users/list-user-sessions";
import { unlockSignIn } from "@/lib/server/users/unlock-sign-in";
import { accountKey } from "@/lib/domain/auth/sign-in-throttle";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { findUseCases } from "../support/use-case-files";
import { makeArticleWithClaim, makeClaim, makeComment, makeSource, makeSourcedClaim } from "../support/claim-factories";
import { rowCounts, snapshotDatabase, type DatabaseSnapshot } from "../support/db-snapshot";
import { codeAt, ENROLLED_AT, enrolTwoFactor, later, resetTwoFactor } from "../support/two-factor";
import { DEFAULT_TEXT, makeArticle, makeUser } from "../support/factories";

const CALLERS = ["anonymous", "viewer", "editor", "reviewer", "admin"] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";
type Row = Record<Caller, Outcome>;

const U = "UNAUTHENTICATED";
const F = "FORBIDDEN";
const EVERYONE_SIGNED_IN: Row = { anonymous: U, viewer: "ok", editor: "ok", reviewer: "ok", admin: "ok" };
const CHECKERS: Row = { anonymous: U, viewer: F, editor: "ok", reviewer: "ok", admin: "ok" };
const REVIEWERS: Row = { anonymous: U, viewer: F, editor: F, reviewer: "ok", admin: "ok" };
const ADMINS: Row = { anonymous: U, viewer: F, editor: F, reviewer: F, admin: "ok" };
// Someone else's session is invisible to anyone but an admin: not found, not forbidden.
const N = "NOT_FOUND";
const ADMINS_ELSE_HIDDEN: Row = { anonymous: U, viewer: N, editor: N, reviewer: N, admin: "ok" };

// The table. Spelled out per use case so that a reader can check it against product.md.
const EXPECTED = {
  // Reading
  listArticles: EVERYONE_SIGNED_IN,
  getArticleForReview: EVERYONE_SIGNED_IN,
  loadReviewPage: EVERYONE_SIGNED_IN,
  getClaimDetail: EVERYONE_SIGNED_IN,
  searchSources: EVERYONE_SIGNED_IN,
  listAuditEvents: EVERYONE_SIGNED_IN,
  getAuditFilterOptions: EVERYONE_SIGNED_IN,
  getSignOffStatus: EVERYONE_SIGNED_IN,
  listAssignableUsers: EVERYONE_SIGNED_IN,
  listNotifications: EVERYONE_SIGNED_IN,
  countUnreadNotifications: EVERYONE_SIGNED_IN,
  markNotificationRead: EVERYONE_SIGNED_IN,
  markAllNotificationsRead: EVERYONE_SIGNED_IN,
  exportArticle: EVERYONE_SIGNED_IN,
  streamArticleExport: EVERYONE_SIGNED_IN,
  getCorrectionNoteDrafts: EVERYONE_SIGNED_IN,
  findSimilarClaims: EVERYONE_SIGNED_IN,
  getClaimChecks: EVERYONE_SIGNED_IN,
  listVerifiedWithWarnings: EVERYONE_SIGNED_IN,
  listRevisions: EVERYONE_SIGNED_IN,
  listSuggestions: EVERYONE_SIGNED_IN,
  searchClaims: EVERYONE_SIGNED_IN,
  openLiveStream: EVERYONE_SIGNED_IN,
  getArticleStatus: EVERYONE_SIGNED_IN,
  // A presence heartbeat is a NOTIFY, not a write: it is checked like a read.
  announcePresence: EVERYONE_SIGNED_IN,
  listArticlesForCms: EVERYONE_SIGNED_IN,
  updateArticleDetails: CHECKERS,
  applyCorrections: CHECKERS,
  // Fact-checking
  createArticle: CHECKERS,
  saveRevision: CHECKERS,
  upsertArticleFromCms: CHECKERS,
  importArticle: CHECKERS,
  importRevision: CHECKERS,
  createClaim: CHECKERS,
  dismissSuggestion: CHECKERS,
  updateClaim: CHECKERS,
  setClaimVerdict: CHECKERS,
  assignClaim: CHECKERS,
  patchClaim: CHECKERS,
  requestReview: CHECKERS,
  deleteClaim: CHECKERS,
  createSource: CHECKERS,
  updateSource: CHECKERS,
  mergeSources: CHECKERS,
  addEvidence: CHECKERS,
  getEvidenceFile: EVERYONE_SIGNED_IN,
  getSource: EVERYONE_SIGNED_IN,
  linkSource: CHECKERS,
  reuseSources: CHECKERS,
  unlinkSource: CHECKERS,
  addComment: CHECKERS,
  resolveComment: CHECKERS,
  // Review
  signOffArticle: REVIEWERS,
  sendBackArticle: REVIEWERS,
  acknowledgeDispute: REVIEWERS,
  // Administration
  listUsers: ADMINS,
  verifyAuditTrail: ADMINS,
  createUser: ADMINS,
  setUserRole: ADMINS,
  setUserDisabled: ADMINS,
  "signOutEverywhere (someone else)": ADMINS,
  "signOutEverywhere (own sessions)": EVERYONE_SIGNED_IN,
  "listUserSessions (own)": EVERYONE_SIGNED_IN,
  "listUserSessions (someone else)": ADMINS,
  "endUserSession (own)": EVERYONE_SIGNED_IN,
  "endUserSession (someone else)": ADMINS_ELSE_HIDDEN,
  endOtherSessions: EVERYONE_SIGNED_IN,
  unlockSignIn: ADMINS,
  listApiTokens: ADMINS,
  createApiToken: ADMINS,
  createApiTokenForEmail: ADMINS,
  revokeApiToken: ADMINS,
  updateDeskSettings: ADMINS,
  listWebhookEndpoints: ADMINS,
  createWebhookEndpoint: ADMINS,
  deleteWebhookEndpoint: ADMINS,
  redeliverWebhook: ADMINS,
  // Two-factor sign-in: anyone signed in, on their own account only.
  getTwoFactorStatus: EVERYONE_SIGNED_IN,
  startTwoFactorEnrolment: EVERYONE_SIGNED_IN,
  confirmTwoFactorEnrolment: EVERYONE_SIGNED_IN,
  disableTwoFactor: EVERYONE_SIGNED_IN,
} satisfies Record<string, Row>;

type UseCaseName = keyof typeof EXPECTED;

let actors: Record<Exclude<Caller, "anonymous">, Actor>;
let checker: Actor; // sets up data and gives verdicts, so reviewers are a second pair of eyes
let assignee: Actor;

beforeAll(async () => {
  actors = {
    viewer: await makeUser("viewer"),
    editor: await makeUser("editor"),
    reviewer: await makeUser("reviewer"),
    admin: await makeUser("admin"),
  };
  checker = await makeUser("editor");
  assignee = await makeUser("editor");
});

function makeSessionRecord(userId: string) {
  return db.userSession.create({ data: { userId, expiresAt: new Date(Date.now() + 3_600_000) }, select: { id: true } });
}

function actorFor(caller: Caller): Actor | null {
  return caller === "anonymous" ? null : actors[caller];
}

/** An article whose only claim is verified (by `checker`) and sourced: ready to sign off. */
async function makeReadyArticle() {
  const { article, claim } = await makeSourcedClaim(checker, { verdict: "verified" });
  const status = await getSignOffStatus({ actor: actors.admin, articleId: article.id });
  expect(status.blockers).toEqual([]);
  return { article, claim, sha256: status.currentSha256 };
}

type Prepared = {
  isRead: boolean;
  run: () => Promise<unknown>;
  cleanUp?: () => Promise<void>;
  /** A write that is not audited on purpose (decision 021), and the only table it may change. */
  unaudited?: { table: string; because: string };
};
type Prepare = (actor: Actor | null) => Promise<Prepared>;

const read = (run: () => Promise<unknown>): Prepared => ({ isRead: true, run });
const write = (run: () => Promise<unknown>, cleanUp?: () => Promise<void>): Prepared => ({ isRead: false, run, cleanUp });
const unauditedWrite = (table: string, because: string, run: () => Promise<unknown>): Prepared => ({ isRead: false, run, unaudited: { table, because } });
const READING_OWN_INBOX = "marking one's own inbox read is not a decision (decision 021)";

// For each use case: make fresh data, and return the call with valid input.
const CALLS: Record<UseCaseName, Prepare> = {
  listArticles: async (actor) => read(() => listArticles({ actor })),
  openLiveStream: async (actor) => read(async () => (await openLiveStream({ actor, recheckActor: async () => actor })).cancel()),
  getArticleStatus: async (actor) => {
    const { article } = await makeArticleWithClaim(checker);
    return read(() => getArticleStatus({ actor, articleId: article.id }));
  },
  announcePresence: async (actor) => {
    const { article } = await makeArticleWithClaim(checker);
    return read(() => announcePresence({ actor, input: { tabId: "matrix-tab-1", articleId: article.id, claimId: null, isEditing: false, isHere: true } }));
  },
  loadReviewPage: async (actor) => {
    const { article } = await makeArticleWithClaim(checker);
    // The first view stores the revision's suggestions; the call under test then only reads.
    await loadReviewPage({ actor: checker, articleId: article.id });
    return read(() => loadReviewPage({ actor, articleId: article.id }));
  },
  getArticleForReview: async (actor) => {
    const article = await makeArticle(checker);
    return read(() => getArticleForReview({ actor, articleId: article.id }));
  },
  getClaimDetail: async (actor) => {
    const { claim } = await makeSourcedClaim(checker);
    return read(() => getClaimDetail({ actor, claimId: claim.id }));
  },
  searchSources: async (actor) => {
    await makeSource(checker, { title: "Matrix searchable source" });
    return read(() => searchSources({ actor, input: { query: "matrix searchable" } }));
  },
  listAuditEvents: async (actor) => {
    const article = await makeArticle(checker);
    return read(() => listAuditEvents({ actor, input: { articleId: article.id } }));
  },
  getAuditFilterOptions: async (actor) => {
    const article = await makeArticle(checker);
    return read(() => getAuditFilterOptions({ actor, articleId: article.id }));
  },
  getSignOffStatus: async (actor) => {
    const { article } = await makeArticleWithClaim(checker);
    return read(() => getSignOffStatus({ actor, articleId: article.id }));
  },
  listAssignableUsers: async (actor) => read(() => listAssignableUsers({ actor })),
  listNotifications: async (actor) => read(() => listNotifications({ actor })),
  countUnreadNotifications: async (actor) => read(() => countUnreadNotifications({ actor })),
  markNotificationRead: async (actor) =>
    unauditedWrite("Notification", READING_OWN_INBOX, () => markNotificationRead({ actor, input: { notificationId: randomUUID() } })),
  markAllNotificationsRead: async (actor) => unauditedWrite("Notification", READING_OWN_INBOX, () => markAllNotificationsRead({ actor })),
  exportArticle: async (actor) => {
    const { article } = await makeSourcedClaim(checker, { verdict: "verified" });
    return read(() => exportArticle({ actor, articleRef: article.id, input: { format: "md" }, baseUrl: "http://localhost:3000" }));
  },
  streamArticleExport: async (actor) => {
    const { article } = await makeSourcedClaim(checker, { verdict: "verified" });
    // A streamed format, read to its end: refused callers never get a stream.
    return read(async () => {
      const file = await streamArticleExport({ actor, articleRef: article.id, input: { format: "audit-csv" }, baseUrl: "http://localhost:3000" });
      return new Response(file.body).text();
    });
  },

  updateArticleDetails: async (actor) => {
    const article = await makeArticle(checker);
    return write(() =>
      updateArticleDetails({ actor, input: { articleId: article.id, headline: "Corrected headline", byline: "Jane Doe", publication: "", originalUrl: "", publishedAt: "2019-06-13" } }),
    );
  },
  applyCorrections: async (actor) => {
    const article = await makeArticle(checker);
    const quote = DEFAULT_TEXT.slice(0, DEFAULT_TEXT.indexOf(".") + 1);
    await makeClaim(checker, article, { quote, verdict: "corrected", correction: "The corrected first sentence." });
    return write(() => applyCorrections({ actor, input: { articleId: article.id } }));
  },
  searchClaims: async (actor) => {
    await makeArticleWithClaim(checker);
    return read(() => searchClaims({ actor, input: { query: "majority" } }));
  },
  listSuggestions: async (actor) => {
    const article = await makeArticle(checker);
    // The first view of a revision stores the spotter's output (derived data, not
    // an edit: suggestions.test.ts); every later view reads it and writes nothing.
    await listSuggestions({ actor: checker, articleId: article.id });
    return read(() => listSuggestions({ actor, articleId: article.id }));
  },
  dismissSuggestion: async (actor) => {
    const article = await makeArticle(checker);
    return write(() => dismissSuggestion({ actor, input: { revisionId: article.revision.id, start: 0, end: 10 } }));
  },
  listRevisions: async (actor) => {
    const article = await makeArticle(checker);
    return read(() => listRevisions({ actor, articleId: article.id, compare: { from: 1, to: 1 } }));
  },
  getCorrectionNoteDrafts: async (actor) => {
    const { article } = await makeSourcedClaim(checker, { verdict: "corrected", correction: "owns 15%", rationale: "Report" });
    return read(() => getCorrectionNoteDrafts({ actor, articleId: article.id }));
  },
  findSimilarClaims: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    return read(() => findSimilarClaims({ actor, claimId: claim.id }));
  },
  getClaimChecks: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    return read(() => getClaimChecks({ actor, claimId: claim.id }));
  },
  listVerifiedWithWarnings: async (actor) => {
    const { article } = await makeArticleWithClaim(checker, { verdict: "verified" });
    return read(() => listVerifiedWithWarnings({ actor, articleId: article.id }));
  },

  createArticle: async (actor) =>
    write(() => createArticle({ actor, input: { headline: "Matrix article", text: DEFAULT_TEXT } })),
  saveRevision: async (actor) => {
    const { article } = await makeArticleWithClaim(checker);
    return write(() => saveRevision({ actor, input: { articleId: article.id, text: `${DEFAULT_TEXT} One more sentence.` } }));
  },
  importArticle: async (actor) =>
    write(() => importArticle({ actor, file: { fileName: "a.txt", bytes: new TextEncoder().encode(DEFAULT_TEXT) }, input: { headline: "Imported" } })),
  importRevision: async (actor) => {
    const { article } = await makeArticleWithClaim(checker);
    const bytes = new TextEncoder().encode(`${DEFAULT_TEXT} Imported.`);
    return write(() => importRevision({ actor, file: { fileName: "v2.txt", bytes }, input: { articleId: article.id } }));
  },
  upsertArticleFromCms: async (actor) =>
    write(() => upsertArticleFromCms({ actor, input: { externalId: `matrix-${randomUUID()}`, headline: "CMS article", text: DEFAULT_TEXT } })),
  createClaim: async (actor) => {
    const article = await makeArticle(checker);
    return write(() => createClaim({ actor, input: { articleId: article.id, start: 4, end: 21 } }));
  },
  updateClaim: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    return write(() => updateClaim({ actor, input: { claimId: claim.id, expectedVersion: claim.version, restated: "Matrix" } }));
  },
  updateSource: async (actor) => {
    const source = await makeSource(checker);
    return write(() => updateSource({ actor, input: { sourceId: source.id, url: `https://example.org/matrix-${source.id}`, title: "Matrix", publisher: "", kind: "dataset", accessedAt: "2026-11-01" } }));
  },
  mergeSources: async (actor) => {
    const [keep, merge] = [await makeSource(checker), await makeSource(checker)];
    return write(() => mergeSources({ actor, input: { keepSourceId: keep.id, mergeSourceId: merge.id } }));
  },
  addEvidence: async (actor) => {
    const source = await makeSource(checker);
    return write(() => addEvidence({ actor, input: { sourceId: source.id, excerpt: "The State holds 15.01%." } }));
  },
  getEvidenceFile: async (actor) => {
    const source = await makeSource(checker);
    const evidence = await addEvidence({ actor: checker, input: { sourceId: source.id, excerpt: "The State holds 15.01%." } });
    return read(() => getEvidenceFile({ actor, input: { evidenceId: evidence.id } }));
  },
  getSource: async (actor) => {
    const source = await makeSource(checker);
    return read(() => getSource({ actor, input: { sourceId: source.id } }));
  },
  setClaimVerdict: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    return write(() =>
      setClaimVerdict({
        actor,
        input: { claimId: claim.id, expectedVersion: claim.version, verdict: "disputed", rationale: "15% is not a majority." },
      }),
    );
  },
  assignClaim: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    return write(() =>
      assignClaim({ actor, input: { claimId: claim.id, expectedVersion: claim.version, assigneeId: assignee.id } }),
    );
  },
  requestReview: async (actor) => {
    const article = await makeArticle(checker);
    return write(() => requestReview({ actor, input: { articleId: article.id } }));
  },
  patchClaim: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    return write(() => patchClaim({ actor, claimId: claim.id, input: { version: claim.version, restated: "Matrix", assigneeId: assignee.id } }));
  },
  deleteClaim: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    return write(() => deleteClaim({ actor, input: { claimId: claim.id, expectedVersion: claim.version } }));
  },
  createSource: async (actor) =>
    write(() =>
      createSource({
        actor,
        input: { url: `https://example.org/matrix-${randomUUID()}`, title: "Matrix source", kind: "news_report", accessedAt: "2024-02-02" },
      }),
    ),
  linkSource: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    const source = await makeSource(checker);
    return write(() => linkSource({ actor, input: { claimId: claim.id, sourceId: source.id, stance: "context" } }));
  },
  reuseSources: async (actor) => {
    const { claim: earlier } = await makeSourcedClaim(checker);
    const { claim } = await makeArticleWithClaim(checker);
    return write(() => reuseSources({ actor, input: { claimId: claim.id, fromClaimId: earlier.id } }));
  },
  unlinkSource: async (actor) => {
    const { citation } = await makeSourcedClaim(checker);
    return write(() => unlinkSource({ actor, input: { claimSourceId: citation.id } }));
  },
  addComment: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    return write(() => addComment({ actor, input: { claimId: claim.id, body: "Matrix comment" } }));
  },
  resolveComment: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker);
    const comment = await makeComment(checker, claim.id);
    return write(() => resolveComment({ actor, input: { commentId: comment.id, isResolved: true } }));
  },

  signOffArticle: async (actor) => {
    const { article, sha256 } = await makeReadyArticle();
    return write(() => signOffArticle({ actor, input: { articleId: article.id, expectedSha256: sha256 } }));
  },
  sendBackArticle: async (actor) => {
    const { article } = await makeArticleWithClaim(checker);
    return write(() => sendBackArticle({ actor, input: { articleId: article.id, note: "Check the 15% figure again." } }));
  },
  acknowledgeDispute: async (actor) => {
    const { claim } = await makeArticleWithClaim(checker, { verdict: "disputed", rationale: "Sources disagree." });
    return write(() => acknowledgeDispute({ actor, input: { claimId: claim.id, expectedVersion: claim.version } }));
  },

  listUsers: async (actor) => read(() => listUsers({ actor })),
  verifyAuditTrail: async (actor) => read(() => verifyAuditTrail({ actor })),
  createUser: async (actor) =>
    write(() =>
      createUser({
        actor,
        input: { email: `matrix-${randomUUID()}@test.factdesk`, name: "Matrix User", role: "editor", password: "a long passphrase" },
      }),
    ),
  setUserRole: async (actor) => {
    const target = await makeUser("editor");
    return write(() => setUserRole({ actor, input: { userId: target.id, role: "reviewer" } }));
  },
  setUserDisabled: async (actor) => {
    const target = await makeUser("editor");
    return write(() => setUserDisabled({ actor, input: { userId: target.id, isDisabled: true } }));
  },
  "signOutEverywhere (someone else)": async (actor) => {
    const target = await makeUser("editor");
    return write(() => signOutEverywhere({ actor, userId: target.id }));
  },
  "signOutEverywhere (own sessions)": async (actor) => {
    // Anonymous has no account of its own: it names a real user and must still be refused.
    const userId = actor?.id ?? (await makeUser("editor")).id;
    return write(() => signOutEverywhere({ actor, userId }));
  },
  "listUserSessions (own)": async (actor) => read(() => listUserSessions({ actor })),
  "listUserSessions (someone else)": async (actor) => {
    const target = await makeUser("editor");
    return read(() => listUserSessions({ actor, userId: target.id }));
  },
  "endUserSession (own)": async (actor) => {
    const session = await makeSessionRecord(actor?.id ?? (await makeUser("editor")).id);
    return write(() => endUserSession({ actor, input: { sessionId: session.id } }));
  },
  "endUserSession (someone else)": async (actor) => {
    const session = await makeSessionRecord((await makeUser("editor")).id);
    return write(() => endUserSession({ actor, input: { sessionId: session.id } }));
  },
  endOtherSessions: async (actor) => {
    // The caller's browser session, and one other to end.
    const userId = actor?.id ?? (await makeUser("editor")).id;
    const current = await makeSessionRecord(userId);
    await makeSessionRecord(userId);
    return write(() => endOtherSessions({ actor: actor && { ...actor, sessionId: current.id } }));
  },
  unlockSignIn: async (actor) => {
    const target = await makeUser("editor");
    await db.signInThrottle.create({
      data: { key: accountKey(target.email), windowStart: new Date(), failures: 5, lockedUntil: new Date(Date.now() + 600_000) },
    });
    return write(() => unlockSignIn({ actor, input: { userId: target.id } }));
  },
  listApiTokens: async (actor) => read(() => listApiTokens({ actor })),
  listArticlesForCms: async (actor) => read(() => listArticlesForCms({ actor, query: { limit: "5" } })),
  listWebhookEndpoints: async (actor) => read(() => listWebhookEndpoints({ actor })),
  // A public address literal: accepted without a DNS lookup. Removed afterwards, so
  // it collects no deliveries from later files.
  createWebhookEndpoint: async (actor) => {
    const url = `https://93.184.216.34/matrix/${randomUUID()}`;
    return write(
      () => createWebhookEndpoint({ actor, input: { url, events: ["claim.corrected"] } }),
      async () => void (await db.webhookEndpoint.deleteMany({ where: { url } })),
    );
  },
  deleteWebhookEndpoint: async (actor) => {
    const endpoint = await db.webhookEndpoint.create({ data: { url: "https://93.184.216.34/matrix", events: ["claim.corrected"], sealedSecret: "v1.x.y.z" } });
    return write(
      () => deleteWebhookEndpoint({ actor, input: { endpointId: endpoint.id } }),
      async () => void (await db.webhookEndpoint.deleteMany({ where: { id: endpoint.id } })),
    );
  },
  redeliverWebhook: async (actor) => {
    const endpoint = await db.webhookEndpoint.create({ data: { url: "https://93.184.216.34/matrix", events: ["claim.corrected"], sealedSecret: "v1.x.y.z" } });
    const delivery = await db.webhookDelivery.create({
      data: { eventId: randomUUID(), endpointId: endpoint.id, event: "claim.corrected", articleId: randomUUID(), auditEventId: BigInt(1), payload: {}, status: "failed" },
    });
    return write(
      () => redeliverWebhook({ actor, input: { deliveryId: delivery.id.toString() } }),
      async () => void (await db.webhookEndpoint.deleteMany({ where: { id: endpoint.id } })),
    );
  },
  createApiToken: async (actor) => {
    const target = await makeUser("editor");
    return write(() => createApiToken({ actor, input: { name: "Matrix CMS", userId: target.id } }));
  },
  createApiTokenForEmail: async (actor) => {
    const target = await makeUser("editor");
    return write(() => createApiTokenForEmail({ actor, input: { name: "Matrix CMS", email: target.email } }));
  },
  revokeApiToken: async (actor) => {
    const target = await makeUser("editor");
    const token = await db.apiToken.create({
      data: { name: "Matrix token", userId: target.id, tokenHash: randomBytes(32).toString("hex") },
    });
    return write(() => revokeApiToken({ actor, input: { tokenId: token.id } }));
  },
  updateDeskSettings: async (actor) => {
    const original = await getDeskSettings();
    const input = { ...original, organisationName: `${original.organisationName} (matrix)` };
    // Other files read the desk settings: an allowed change is put back afterwards.
    return write(
      () => updateDeskSettings({ actor, input }),
      async () => {
        await updateDeskSettings({ actor: actors.admin, input: original });
      },
    );
  },
  getTwoFactorStatus: async (actor) => read(() => getTwoFactorStatus({ actor })),
  startTwoFactorEnrolment: async (actor) => read(() => startTwoFactorEnrolment({ actor })),
  confirmTwoFactorEnrolment: async (actor) => {
    // Anonymous gets a genuine set-up token of someone else's: it must still be refused.
    const owner = actor ?? (await makeUser("editor"));
    const enrolment = await startTwoFactorEnrolment({ actor: owner, now: ENROLLED_AT });
    const code = await codeAt(enrolment.secret, ENROLLED_AT, 0);
    return write(
      () => confirmTwoFactorEnrolment({ actor, input: { pendingSecret: enrolment.pendingSecret, code }, now: ENROLLED_AT }),
      // The same actors serve every row: put their account back as it was.
      () => resetTwoFactor(owner.id),
    );
  },
  disableTwoFactor: async (actor) => {
    const owner = actor ?? (await makeUser("editor"));
    const { secret } = await enrolTwoFactor(owner);
    const now = later(ENROLLED_AT, 30);
    const code = await codeAt(secret, now, 0);
    return write(() => disableTwoFactor({ actor, input: { code }, now }));
  },
};

const cases = (Object.keys(EXPECTED) as UseCaseName[]).flatMap((useCase) =>
  CALLERS.map((caller) => [useCase, caller, EXPECTED[useCase][caller]] as const),
);

describe("authorization matrix", () => {
  it.each(cases)("%s as %s → %s", async (useCase, caller, expected) => {
    const actor = actorFor(caller);
    const prepared = await CALLS[useCase](actor);
    const before = await snapshotDatabase();
    const mark = await markAuditEvents();
    const outcome = await prepared.run().then(
      () => "ok" as const,
      (error: unknown) => error,
    );

    if (expected === "ok") {
      expect(outcome, `${useCase} as ${caller} should succeed`).toBe("ok");
      if (prepared.isRead) {
        expect(await snapshotDatabase()).toEqual(before);
      } else if (prepared.unaudited) {
        // Not audited, and nothing changed beyond its own table.
        const without = (snapshot: DatabaseSnapshot) => Object.fromEntries(Object.entries(snapshot).filter(([table]) => table !== prepared.unaudited?.table));
        expect(await auditEventsSince(mark), `${useCase} is not audited`).toEqual([]);
        expect(without(await snapshotDatabase()), `${useCase} changed more than ${prepared.unaudited.table} (${prepared.unaudited.because})`).toEqual(without(before));
      } else {
        const events = await auditEventsSince(mark);
        expect(events.some((event) => event.actorId === actor?.id), `${useCase} wrote no audit event by ${caller}`).toBe(true);
        await prepared.cleanUp?.();
      }
      return;
    }
    expect(outcome, `${useCase} as ${caller} should be refused`).toBeInstanceOf(AppError);
    expect((outcome as AppError).code).toBe(expected);
    const after = await snapshotDatabase();
    expect(rowCounts(after)).toEqual(rowCounts(before));
    expect(after).toEqual(before);
  });
});

describe("the matrix covers every use case", () => {
  it("has a row for each exported use case in lib/server/** (functions taking { actor })", () => {
    const found = new Set(findUseCases().map((useCase) => useCase.name));
    const covered = new Set(Object.keys(EXPECTED).map((key) => key.split(" ")[0]));
    expect([...found].filter((name) => !covered.has(name)).sort(), "use cases missing from the matrix").toEqual([]);
    expect([...covered].filter((name) => !found.has(name)).sort(), "matrix rows without a use case").toEqual([]);
  });
});
