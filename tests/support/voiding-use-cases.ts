// For sign-off-voiding.test.ts: what each use case in lib/server does to a
// standing sign-off. A use case that changes what the sign-off covers gets a
// `changesContent` call (run on a signed-off article, expected to void it); one
// that does not says why, and where it touches an article, a `keepsSignOff` call
// proves it leaves the sign-off standing. The test fails for any use case found
// in lib/server that is missing here; other files are declared in server-helpers.ts.
import { db } from "@/lib/db";
import { computeSignOffHash } from "@/lib/domain/sign-off/sign-off-hash";
import { applyCorrections } from "@/lib/server/articles/apply-corrections";
import { loadSignOffState, toSignOffHashInput } from "@/lib/server/sign-offs/load-sign-off-state";
import { importRevision } from "@/lib/server/articles/import-revision";
import { saveRevision } from "@/lib/server/articles/save-revision";
import { updateArticleDetails } from "@/lib/server/articles/update-article-details";
import { upsertArticleFromCms } from "@/lib/server/articles/upsert-article-from-cms";
import { assignClaim } from "@/lib/server/claims/assign-claim";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { patchClaim } from "@/lib/server/claims/patch-claim";
import { setClaimVerdict } from "@/lib/server/claims/set-claim-verdict";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { acknowledgeDispute } from "@/lib/server/sign-offs/acknowledge-dispute";
import { sendBackArticle } from "@/lib/server/sign-offs/send-back-article";
import { addEvidence } from "@/lib/server/sources/add-evidence";
import { linkSource } from "@/lib/server/sources/link-source";
import { mergeSources } from "@/lib/server/sources/merge-sources";
import { updateSource } from "@/lib/server/sources/update-source";
import { reuseSources } from "@/lib/server/sources/reuse-sources";
import { unlinkSource } from "@/lib/server/sources/unlink-source";
import { dismissSuggestion } from "@/lib/server/suggestions/dismiss-suggestion";
import { REVISED_TEXT, SIGNED_TEXT, versionOf, type SignedOffArticle } from "./sign-off-factories";

type Run = (signed: SignedOffArticle) => Promise<unknown>;
export type VoidingEntry =
  | { changesContent: Run; leavesState?: "in_review" | "sent_back" }
  | { notContent: string; keepsSignOff?: Run };

const READS_ONLY = "reads only";
const NO_ARTICLE = "writes nothing on an article";
const NEW_ARTICLE = "creates a new article, on which no sign-off can stand yet";

export const VOIDING_USE_CASES: Record<string, VoidingEntry> = {
  "api-tokens/create-api-token.ts": { notContent: NO_ARTICLE },
  "api-tokens/create-api-token-for-email.ts": { notContent: NO_ARTICLE },
  "api-tokens/list-api-tokens.ts": { notContent: READS_ONLY },
  "api-tokens/revoke-api-token.ts": { notContent: NO_ARTICLE },
  "articles/apply-corrections.ts": {
    changesContent: async ({ editor, article, verified, signOff }) => {
      // Fixture: make the verified claim corrected and re-stamp the standing
      // sign-off with the new hash in the same transaction (the guard allows a
      // sign-off written with the change), so only applyCorrections moves the hash.
      await db.$transaction(async (tx) => {
        await tx.claim.update({ where: { id: verified.id }, data: { verdict: "corrected", correction: "Renault holds 43.4% of Nissan." } });
        const sha256 = computeSignOffHash(toSignOffHashInput(await loadSignOffState(tx, article.id)));
        await tx.signOff.update({ where: { id: signOff.id }, data: { sha256 } });
      });
      return applyCorrections({ actor: editor, input: { articleId: article.id } });
    },
  },
  "articles/create-article.ts": { notContent: NEW_ARTICLE },
  "articles/get-article-for-review.ts": { notContent: READS_ONLY },
  "articles/load-review-page.ts": { notContent: READS_ONLY },
  "articles/import-article.ts": { notContent: NEW_ARTICLE },
  "articles/import-revision.ts": {
    changesContent: ({ editor, article }) =>
      importRevision({ actor: editor, file: { fileName: "revised.txt", bytes: new TextEncoder().encode(REVISED_TEXT) }, input: { articleId: article.id } }),
  },
  "articles/list-articles.ts": { notContent: READS_ONLY },
  "articles/list-articles-for-cms.ts": { notContent: READS_ONLY },
  "webhooks/create-webhook-endpoint.ts": { notContent: NO_ARTICLE },
  "webhooks/delete-webhook-endpoint.ts": { notContent: NO_ARTICLE },
  "webhooks/list-webhook-endpoints.ts": { notContent: READS_ONLY },
  "webhooks/redeliver-webhook.ts": { notContent: NO_ARTICLE },
  "articles/list-revisions.ts": { notContent: READS_ONLY },
  "articles/save-revision.ts": {
    changesContent: ({ editor, article }) => saveRevision({ actor: editor, input: { articleId: article.id, text: REVISED_TEXT } }),
  },
  "articles/update-article-details.ts": {
    changesContent: ({ editor, article }) =>
      updateArticleDetails({
        actor: editor,
        input: { articleId: article.id, headline: "A corrected headline", byline: "", publication: "", originalUrl: "", publishedAt: "" },
      }),
  },
  "articles/upsert-article-from-cms.ts": {
    changesContent: ({ editor, article }) =>
      upsertArticleFromCms({ actor: editor, input: { externalId: article.externalId, headline: "Test article", text: REVISED_TEXT } }),
  },
  "audit/get-audit-filter-options.ts": { notContent: READS_ONLY },
  "audit/list-audit-events.ts": { notContent: READS_ONLY },
  "live/open-live-stream.ts": { notContent: READS_ONLY },
  "live/announce-presence.ts": { notContent: "a presence heartbeat is a NOTIFY: it writes nothing" },
  "articles/get-article-status.ts": { notContent: READS_ONLY },
  "audit/verify-audit-trail.ts": { notContent: READS_ONLY },
  // The hash does not cover the assignee, but it covers the claim's version,
  // which every claim write bumps (optimistic concurrency): a reassigned claim
  // is no longer in the state the reviewer approved.
  "claims/assign-claim.ts": {
    changesContent: async ({ editor, verified }) =>
      assignClaim({ actor: editor, input: { claimId: verified.id, expectedVersion: await versionOf(verified.id), assigneeId: editor.id } }),
  },
  "claims/create-claim.ts": {
    changesContent: ({ editor, article }) => {
      const start = SIGNED_TEXT.indexOf("The state owns 15% of Renault.");
      return createClaim({ actor: editor, input: { articleId: article.id, start, end: start + 30 } });
    },
  },
  "claims/delete-claim.ts": {
    changesContent: async ({ editor, disputed }) =>
      deleteClaim({ actor: editor, input: { claimId: disputed.id, expectedVersion: await versionOf(disputed.id) } }),
  },
  "claims/find-similar-claims.ts": { notContent: READS_ONLY },
  "claims/get-claim-checks.ts": { notContent: READS_ONLY },
  "claims/get-claim-detail.ts": { notContent: READS_ONLY },
  "claims/list-verified-with-warnings.ts": { notContent: READS_ONLY },
  "claims/patch-claim.ts": {
    changesContent: async ({ editor, verified }) =>
      patchClaim({ actor: editor, claimId: verified.id, input: { version: await versionOf(verified.id), rationale: "Checked again." } }),
  },
  "claims/search-claims.ts": { notContent: READS_ONLY },
  "claims/set-claim-verdict.ts": {
    changesContent: async ({ editor, verified }) =>
      setClaimVerdict({ actor: editor, input: { claimId: verified.id, expectedVersion: await versionOf(verified.id), verdict: "disputed", rationale: "New figures" } }),
  },
  "claims/update-claim.ts": {
    changesContent: async ({ editor, verified }) =>
      updateClaim({ actor: editor, input: { claimId: verified.id, expectedVersion: await versionOf(verified.id), restated: "Renault owns 43% of Nissan." } }),
  },
  "comments/add-comment.ts": {
    notContent: "comments are discussion, outside the sign-off hash (it records activity only)",
    keepsSignOff: ({ editor, verified }) => addComment({ actor: editor, input: { claimId: verified.id, body: "Seen the filing?" } }),
  },
  "comments/resolve-comment.ts": {
    notContent: "comments are discussion, outside the sign-off hash",
    keepsSignOff: ({ editor, comment }) => resolveComment({ actor: editor, input: { commentId: comment.id, isResolved: true } }),
  },
  "exports/export-article.ts": { notContent: READS_ONLY },
  "exports/stream-article-export.ts": { notContent: READS_ONLY },
  "inbox/list-notifications.ts": { notContent: READS_ONLY },
  "inbox/count-unread-notifications.ts": { notContent: READS_ONLY },
  "inbox/mark-notification-read.ts": { notContent: "marks one of the actor's own notifications read: nothing on an article" },
  "inbox/mark-all-notifications-read.ts": { notContent: "marks the actor's own notifications read: nothing on an article" },
  "exports/get-correction-note-drafts.ts": { notContent: READS_ONLY },
  "settings/update-desk-settings.ts": { notContent: "desk settings decide who may sign off, not what a sign-off covers" },
  "sign-offs/acknowledge-dispute.ts": {
    notContent: "an acknowledgement is the reviewer's, outside the hash (it keeps the claim's version)",
    keepsSignOff: async ({ otherReviewer, disputed }) =>
      acknowledgeDispute({ actor: otherReviewer, input: { claimId: disputed.id, expectedVersion: await versionOf(disputed.id) } }),
  },
  "sign-offs/get-sign-off-status.ts": { notContent: READS_ONLY },
  // A decision, not a content change: it withdraws the approval and then records its own.
  "sign-offs/request-review.ts": { notContent: "refused on a signed-off article; records only the request (and its notifications)" },
  "sign-offs/send-back-article.ts": {
    changesContent: ({ reviewer, article }) => sendBackArticle({ actor: reviewer, input: { articleId: article.id, note: "Check the date." } }),
    leavesState: "sent_back",
  },
  "sign-offs/sign-off-article.ts": { notContent: "records the sign-off itself, over the content as it is" },
  "sources/create-source.ts": { notContent: "adds a source to the library, cited by no claim yet" },
  "sources/add-evidence.ts": {
    notContent: "evidence is kept on the library source, never edited; the hash covers which source is cited",
    keepsSignOff: ({ editor, citation }) => addEvidence({ actor: editor, input: { sourceId: citation.sourceId, excerpt: "The State holds 15.01%." } }),
  },
  "sources/get-evidence-file.ts": { notContent: READS_ONLY },
  "sources/get-source.ts": { notContent: READS_ONLY },
  "sources/merge-sources.ts": {
    changesContent: ({ editor, citation, spareSource }) =>
      mergeSources({ actor: editor, input: { keepSourceId: spareSource.id, mergeSourceId: citation.sourceId } }),
  },
  "sources/update-source.ts": {
    notContent: "the hash covers which source a claim cites and its stance, not the library record",
    keepsSignOff: ({ editor, citation }) =>
      updateSource({
        actor: editor,
        input: { sourceId: citation.sourceId, url: `https://example.org/edited-${citation.sourceId}`, title: "Edited title", publisher: "", kind: "dataset", accessedAt: "2026-11-01" },
      }),
  },
  "sources/link-source.ts": {
    changesContent: ({ editor, verified, spareSource }) =>
      linkSource({ actor: editor, input: { claimId: verified.id, sourceId: spareSource.id, excerpt: "p. 4", stance: "supports" } }),
  },
  "sources/reuse-sources.ts": {
    changesContent: ({ editor, verified, disputed }) => reuseSources({ actor: editor, input: { claimId: disputed.id, fromClaimId: verified.id } }),
  },
  "sources/search-sources.ts": { notContent: READS_ONLY },
  "sources/unlink-source.ts": {
    changesContent: ({ editor, citation }) => unlinkSource({ actor: editor, input: { claimSourceId: citation.id } }),
  },
  "suggestions/dismiss-suggestion.ts": {
    notContent: "spotter suggestions are not claims and are outside the hash",
    keepsSignOff: ({ editor, article }) => dismissSuggestion({ actor: editor, input: { revisionId: article.revision.id, start: 0, end: 7 } }),
  },
  "suggestions/list-suggestions.ts": { notContent: READS_ONLY },
  "auth/two-factor/confirm-two-factor-enrolment.ts": { notContent: NO_ARTICLE },
  "auth/two-factor/disable-two-factor.ts": { notContent: NO_ARTICLE },
  "auth/two-factor/get-two-factor-status.ts": { notContent: READS_ONLY },
  "auth/two-factor/start-two-factor-enrolment.ts": { notContent: "reads only: the new secret travels sealed in the form" },
  "users/create-user.ts": { notContent: NO_ARTICLE },
  "users/list-assignable-users.ts": { notContent: READS_ONLY },
  "users/list-users.ts": { notContent: READS_ONLY },
  "users/set-user-disabled.ts": { notContent: NO_ARTICLE },
  "users/set-user-role.ts": { notContent: NO_ARTICLE },
  "users/sign-out-everywhere.ts": { notContent: NO_ARTICLE },
  "users/end-other-sessions.ts": { notContent: NO_ARTICLE },
  "users/end-user-session.ts": { notContent: NO_ARTICLE },
  "users/list-user-sessions.ts": { notContent: READS_ONLY },
  "users/unlock-sign-in.ts": { notContent: NO_ARTICLE },
};
