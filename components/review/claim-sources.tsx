"use client";

import { useId, useImperativeHandle, useRef, useState, type Ref } from "react";
import { flushSync } from "react-dom";
import { unlinkSourceAction } from "@/lib/actions/sources";
import { SOURCE_KIND_LABELS } from "@/lib/domain/sources/source-kinds";
import type { ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { AttachSource } from "./attach-source";
import { FormMessage, SECONDARY_BUTTON_CLASS } from "./form-message";
import { STANCE_BADGE_CLASS, STANCE_LABELS } from "./stances";
import { useActionRunner } from "./use-action-runner";
import { EvidenceList } from "@/components/evidence/evidence-list";

export type ClaimSourcesHandle = { focusAttach: () => void };

type Props = { claim: ClaimDetail; canLink: boolean; ref?: Ref<ClaimSourcesHandle> };

/** The sources a claim cites, with remove; and the way to cite another. */
export function ClaimSources({ claim, canLink, ref }: Props) {
  const id = useId();
  const [isAttachOpen, setIsAttachOpen] = useState(claim.sources.length === 0);
  const { isPending, feedback, setFeedback, run } = useActionRunner<void>();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const searchId = `${id}-attach-search`;

  useImperativeHandle(ref, () => ({
    focusAttach() {
      flushSync(() => setIsAttachOpen(true));
      document.getElementById(searchId)?.focus();
    },
  }));

  function handleAttached() {
    // The finder closes; focus goes back to its toggle instead of getting lost.
    flushSync(() => setIsAttachOpen(false));
    setFeedback({ isError: false, message: "Source attached.", fieldErrors: {} });
    toggleRef.current?.focus();
  }

  return (
    <div className="space-y-2">
      {claim.sources.length === 0 ? (
        <p className="text-sm text-stone-600">No sources cited yet.</p>
      ) : (
        <ul className="space-y-2">
          {claim.sources.map((link) => (
            <li key={link.id} className="rounded border border-stone-200 bg-stone-50 p-2 text-sm" data-testid="claim-source">
              <div className="flex items-start justify-between gap-2">
                <div className="min-w-0">
                  <a href={link.source.url} target="_blank" rel="noopener noreferrer" className="font-medium text-blue-800 underline-offset-2 hover:underline">
                    {link.source.title}<span className="sr-only"> (opens in a new tab)</span>
                  </a>
                  <p className="text-xs text-stone-600">
                    {[link.source.publisher, SOURCE_KIND_LABELS[link.source.kind]].filter(Boolean).join(" · ")}
                  </p>
                </div>
                <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold ${STANCE_BADGE_CLASS[link.stance]}`}>{STANCE_LABELS[link.stance]}</span>
              </div>
              {link.excerpt && <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 font-serif text-stone-800">{link.excerpt}</blockquote>}
              <EvidenceList evidence={link.source.evidence} compact />
              {canLink && (
                <button type="button" disabled={isPending} aria-label={`Remove source ${link.source.title}`}
                  onClick={() => run(() => unlinkSourceAction({ claimSourceId: link.id, articleId: claim.articleId }))}
                  className="mt-1 text-xs text-red-800 underline underline-offset-2 hover:text-red-950 disabled:opacity-60">
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormMessage feedback={feedback} />
      {canLink && (
        <>
          <button ref={toggleRef} type="button" aria-expanded={isAttachOpen} aria-controls={`${id}-attach`}
            onClick={() => setIsAttachOpen((isOpen) => !isOpen)} className={SECONDARY_BUTTON_CLASS}>
            {isAttachOpen ? "Close source finder" : "Attach a source"}
          </button>
          {isAttachOpen && (
            <div id={`${id}-attach`}>
              <AttachSource claimId={claim.id} articleId={claim.articleId} searchId={searchId}
                citedSourceIds={claim.sources.map((link) => link.source.id)} onAttached={handleAttached} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
