import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AcknowledgeDisputeButton } from "@/components/sign-off/acknowledge-dispute-button";
import { CorrectionNotesEditor } from "@/components/sign-off/correction-notes-editor";
import { ExportLinks } from "@/components/sign-off/export-links";
import { RequestReviewButton } from "@/components/sign-off/request-review-button";
import { SendBackForm } from "@/components/sign-off/send-back-form";
import { SignOffButton } from "@/components/sign-off/sign-off-button";
import { SignOffHistory } from "@/components/sign-off/sign-off-history";
import { VerifiedWithWarnings } from "@/components/sign-off/verified-with-warnings";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { isAppError } from "@/lib/errors";
import { getArticleForReview } from "@/lib/server/articles/get-article-for-review";
import { getSignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";
import { getCorrectionNoteDrafts } from "@/lib/server/exports/get-correction-note-drafts";
import { listVerifiedWithWarnings } from "@/lib/server/claims/list-verified-with-warnings";
import { NOT_SIGNED_OFF_BANNER } from "@/lib/domain/exports/export-types";
import { LiveRefresh } from "@/components/live/live-refresh";
import { readLiveCursor } from "@/lib/server/live/read-missed-changes";
import { getDeskSettings, isPublicationSetUp } from "@/lib/server/settings/get-desk-settings";

export const metadata: Metadata = { title: "Sign-off and exports" };

const STATE_LABELS = { in_review: "In review", signed_off: "Signed off", sent_back: "Sent back" } as const;

export default async function SignOffPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/articles/${id}/sign-off`);
  const liveCursor = await readLiveCursor();
  const [article, status, drafts, warned, settings] = await Promise.all([
    getArticleForReview({ actor, articleId: id }),
    getSignOffStatus({ actor, articleId: id }),
    getCorrectionNoteDrafts({ actor, articleId: id }),
    listVerifiedWithWarnings({ actor, articleId: id }),
    getDeskSettings(),
  ]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const isReviewer = can(actor, "article:sign-off");
  return (
    <div className="space-y-6">
      <LiveRefresh articleId={id} after={liveCursor} />
      <header>
        <Link href={`/articles/${id}`} className="text-sm text-stone-600 hover:underline">← Back to the review</Link>
        <h1 className="mt-1 font-serif text-3xl font-bold">{article.headline}</h1>
        <p className="text-sm text-stone-600">
          Revision {status.revisionNumber} · <strong data-testid="article-state">{STATE_LABELS[status.state]}</strong>
        </p>
      </header>

      <section aria-labelledby="sign-off-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="sign-off-heading" className="text-lg font-semibold">Sign-off</h2>
        <p className="text-sm">
          Fingerprint of the text and every claim now (SHA-256):{" "}
          <code data-testid="current-sha256" className="break-all font-mono text-xs">{status.currentSha256}</code>
        </p>
        {status.blockersFor.kind === "no-reviewer" ? (
          <p className="text-sm text-amber-800">No active reviewer on the desk can sign this off; an admin can give someone the reviewer role.</p>
        ) : status.blockers.length > 0 ? (
          <div>
            <p className="font-medium">
              {status.blockersFor.kind === "you" ? "Not ready to sign off:" : `Not ready for a reviewer to sign off (as it stands for ${status.blockersFor.name}):`}
            </p>
            <ul className="ml-5 list-disc text-sm" aria-label="What blocks sign-off">
              {status.blockers.map((blocker, index) => <li key={index}>{blocker.reason}</li>)}
            </ul>
          </div>
        ) : status.blockersFor.kind === "you" ? (
          <p className="text-sm text-emerald-800">Nothing blocks sign-off.</p>
        ) : status.state === "signed_off" ? null : (
          <p className="text-sm text-emerald-800" data-testid="waiting-for-reviewer">Nothing blocks sign-off: waiting for a reviewer.</p>
        )}
        <VerifiedWithWarnings articleId={id} claims={warned} />
        {isReviewer && status.disputedClaims.length > 0 && (
          <div>
            <p className="font-medium">Disputed claims to acknowledge</p>
            <ul className="space-y-2">
              {status.disputedClaims.map((claim) => (
                <li key={claim.id} className="rounded border border-amber-200 bg-amber-50 p-2 text-sm">
                  <q>{claim.exact}</q> — {claim.rationale}
                  <div className="mt-1">
                    {claim.isAcknowledged ? <span className="text-emerald-800">Acknowledged</span> : (
                      <AcknowledgeDisputeButton articleId={id} claimId={claim.id} version={claim.version} quote={claim.exact} />
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )}
        {isReviewer ? (
          <div className="flex flex-wrap gap-6">
            {/* Once signed off there is nothing to press: no disabled button left behind. */}
            {status.state === "signed_off" ? (
              <p role="status" className="text-sm font-medium text-emerald-800">This revision is signed off.</p>
            ) : (
              <SignOffButton articleId={id} sha256={status.currentSha256} isBlocked={status.blockers.length > 0} />
            )}
            <SendBackForm articleId={id} />
          </div>
        ) : (
          <div className="space-y-2">
            <p className="text-sm text-stone-600">A reviewer signs articles off.</p>
            {can(actor, "review:request") && status.state !== "signed_off" && <RequestReviewButton articleId={id} />}
          </div>
        )}
        {status.allowSelfSignOff && (
          <p className="text-xs text-stone-500">Desk setting: reviewers may sign off verdicts they set themselves.</p>
        )}
      </section>

      <ExportLinks articleId={id} isSignedOff={status.state === "signed_off"}
        claimReviewBlocker={status.state !== "signed_off" ? "after sign-off" : isPublicationSetUp(settings) ? null : "set the public address in Desk settings first"} />
      <section aria-labelledby="notes-heading" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="notes-heading" className="mb-2 text-lg font-semibold">Correction notes</h2>
        <CorrectionNotesEditor drafts={drafts} fileName={`${article.slug}-correction-notes.txt`}
          banner={status.state === "signed_off" ? null : NOT_SIGNED_OFF_BANNER} />
      </section>
      <SignOffHistory history={status.history} />
    </div>
  );
}
