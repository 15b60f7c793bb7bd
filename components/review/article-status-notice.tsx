"use client";

import { useState } from "react";
import { formatDateTime } from "@/lib/format-date";
import type { ArticleStatus } from "@/lib/server/articles/get-article-status";

/**
 * The article's state under its headline (issue 14, item 1): in review, signed
 * off by whom on which revision, or sent back with the reviewer's note. When a
 * sign-off that stood while this page was open is voided (by a save here or
 * anyone's), a banner says whose sign-off went.
 */
export function ArticleStatusNotice({ status }: { status: ArticleStatus }) {
  const [seen, setSeen] = useState(status);
  const [voidedHere, setVoidedHere] = useState<ArticleStatus["signOff"]>(null);
  if (seen !== status) {
    setSeen(status);
    if (seen.signOff && !status.signOff && status.voided) setVoidedHere(seen.signOff);
  }
  return (
    <div className="space-y-2">
      <p data-testid="article-state" className="text-sm">
        {status.signOff ? (
          <span className="rounded bg-emerald-50 px-2 py-0.5 font-medium text-emerald-900">
            Signed off by {status.signOff.reviewerName} on revision {status.signOff.revisionNumber}, {formatDateTime(status.signOff.at)}
          </span>
        ) : status.sentBack ? (
          <span className="rounded bg-amber-50 px-2 py-0.5 text-amber-950">
            <span className="font-medium">Sent back by {status.sentBack.reviewerName}</span>
            {status.sentBack.note ? `: “${status.sentBack.note}”` : ""}
          </span>
        ) : (
          <span className="rounded bg-stone-100 px-2 py-0.5 font-medium text-stone-800">In review</span>
        )}
      </p>
      {voidedHere && (
        <div role="alert" data-testid="sign-off-voided" className="flex items-start justify-between gap-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          <p>
            {voidedHere.reviewerName}’s sign-off of revision {voidedHere.revisionNumber} is void
            {status.voided?.reason ? `: ${status.voided.reason}` : ""}. The article is back in review.
          </p>
          <button type="button" onClick={() => setVoidedHere(null)} className="text-xs underline underline-offset-2">Dismiss</button>
        </div>
      )}
    </div>
  );
}

/** "This voids Rita Reviewer's sign-off of revision 2": said before a save that would. */
export function describeVoiding(status: ArticleStatus): string | null {
  return status.signOff ? `This voids ${status.signOff.reviewerName}’s sign-off of revision ${status.signOff.revisionNumber}` : null;
}
