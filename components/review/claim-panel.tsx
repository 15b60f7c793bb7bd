"use client";

import { useEffect, useRef, type ReactNode, type Ref } from "react";
import { VERDICT_BADGE_CLASS } from "@/components/articles/verdict-style";
import { VERDICT_LABELS } from "@/lib/domain/verdicts";
import { formatDateTime } from "@/lib/format-date";
import type { Viewer } from "@/components/live/use-live-events";
import type { ArticleStatus } from "@/lib/server/articles/get-article-status";
import type { ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { describeVoiding } from "./article-status-notice";
import { ForeignChangeNotice } from "./foreign-change-notice";
import type { ForeignChange } from "./use-live-review";
import { AssigneeForm, type AssignableUser } from "./assignee-form";
import { ClaimChecks } from "./claim-checks";
import { ClaimComments } from "./claim-comments";
import { ClaimHistory } from "./claim-history";
import { ClaimMemory } from "./claim-memory";
import { ConsistencyWarnings } from "./consistency-warnings";
import { ClaimSources, type ClaimSourcesHandle } from "./claim-sources";
import { DeleteClaim } from "./delete-claim";
import { RestatedForm } from "./restated-form";
import type { ReviewPermissions } from "./review-permissions";
import { VerdictForm, type VerdictFormHandle } from "./verdict-form";
import { VerdictSummary } from "./verdict-summary";

export type ClaimPanelProps = {
  claim: ClaimDetail;
  position: string;
  users: AssignableUser[];
  permissions: ReviewPermissions;
  verdictFormRef: Ref<VerdictFormHandle>;
  onDeleted: () => void;
  status: ArticleStatus;
  viewers: Viewer[];
  userId: string;
  foreignChange: ForeignChange | null;
  onDismissForeignChange: () => void;
  /** Called once the panel's code has run in the browser: the page is ready then. */
  onPanelMounted: () => void;
};

/** Everything about one claim: wording, verdict, assignee, sources, comments, history. */
export function ClaimPanel({ claim, position, users, permissions, verdictFormRef, onDeleted, status, viewers, userId, foreignChange, onDismissForeignChange, onPanelMounted }: ClaimPanelProps) {
  useEffect(onPanelMounted, [onPanelMounted]);
  const sourcesRef = useRef<ClaimSourcesHandle>(null);
  const nameOf = (userId: string) => users.find((user) => user.id === userId)?.name;
  const voiding = permissions.canEditClaim ? describeVoiding(status) : null;
  const othersHere = viewers.filter((viewer) => viewer.claimId === claim.id && viewer.userId !== userId);
  return (
    <div className="divide-y divide-stone-200" data-testid="claim-panel" data-claim-id={claim.id}>
      <header className="space-y-2 p-4">
        <p className="flex items-center gap-2 text-xs text-stone-600">
          <span className={`rounded px-2 py-0.5 font-semibold ${VERDICT_BADGE_CLASS[claim.verdict]}`}>{VERDICT_LABELS[claim.verdict]}</span>
          {position}
        </p>
        <h2 id="claim-panel-heading" className="font-serif text-lg leading-snug">“{claim.exact}”</h2>
        <ConsistencyWarnings text={claim.exact} />
        <ClaimChecks claimId={claim.id} articleId={claim.articleId} exact={claim.exact} />
        {claim.isOrphaned && (
          <p className="rounded bg-red-50 px-2 py-1 text-sm text-red-900">Orphaned: these words are no longer in the current text.</p>
        )}
        {claim.verdictSetBy && claim.verdictSetAt && (
          <p className="text-xs text-stone-600">Verdict set by {claim.verdictSetBy.name}, {formatDateTime(claim.verdictSetAt)}</p>
        )}
        {othersHere.length > 0 && (
          <p className="text-xs text-sky-900" data-testid="claim-viewers">
            Also on this claim: {othersHere.map((viewer) => `${viewer.name}${viewer.isEditing ? " (typing)" : ""}`).join(", ")}
          </p>
        )}
        {foreignChange && <ForeignChangeNotice change={foreignChange} history={claim.history} nameOf={nameOf} onDismiss={onDismissForeignChange} />}
        {voiding && (
          <p role="note" data-testid="void-warning" className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-950">
            {voiding} if you save a change to this claim (its verdict, wording, assignee or sources; comments do not).
          </p>
        )}
      </header>
      <PanelSection title="Verdict">
        {permissions.canSetVerdict ? (
          <VerdictForm ref={verdictFormRef} claim={claim} sourceCount={claim.sources.length}
            onSourceNeeded={() => sourcesRef.current?.focusAttach()} />
        ) : (
          <VerdictSummary claim={claim} />
        )}
      </PanelSection>
      <PanelSection title="Claim and assignee">
        {permissions.canEditClaim ? <RestatedForm claim={claim} /> : <p className="whitespace-pre-wrap text-sm">{claim.restated}</p>}
        <div className="mt-3">
          {permissions.canAssign ? (
            <AssigneeForm claim={claim} users={users} />
          ) : (
            <p className="text-sm"><span className="font-semibold">Assignee:</span> {claim.assignee?.name ?? "Unassigned"}</p>
          )}
        </div>
      </PanelSection>
      <PanelSection title={`Sources (${claim.sources.length})`}>
        <ClaimSources ref={sourcesRef} claim={claim} canLink={permissions.canLinkSource} />
      </PanelSection>
      <PanelSection title="Checked before">
        <ClaimMemory claimId={claim.id} articleId={claim.articleId} canLink={permissions.canLinkSource} />
      </PanelSection>
      <PanelSection title={`Comments (${claim.comments.length})`}>
        <ClaimComments claim={claim} canComment={permissions.canComment} canResolve={permissions.canResolveComment} />
      </PanelSection>
      <PanelSection title="History">
        <ClaimHistory history={claim.history} nameOf={nameOf} />
      </PanelSection>
      {permissions.canDeleteClaim && (
        <div className="p-4">
          <DeleteClaim claim={claim} onDeleted={onDeleted} />
        </div>
      )}
    </div>
  );
}

function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="p-4" aria-label={title}>
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-stone-600">{title}</h3>
      {children}
    </section>
  );
}
