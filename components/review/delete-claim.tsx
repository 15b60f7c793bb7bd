"use client";

import { useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { deleteClaimAction } from "@/lib/actions/claims";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { FormMessage, SECONDARY_BUTTON_CLASS } from "./form-message";
import { useActionRunner } from "./use-action-runner";

/** Deletes the claim after an inline confirmation (the audit trail keeps its last state). */
export function DeleteClaim({ claim, onDeleted }: { claim: ClaimView; onDeleted: () => void }) {
  const id = useId();
  const [isConfirming, setIsConfirming] = useState(false);
  const { isPending, feedback, run } = useActionRunner<void>();
  const openerRef = useRef<HTMLButtonElement>(null);

  function open() {
    flushSync(() => setIsConfirming(true));
    document.getElementById(`${id}-cancel`)?.focus();
  }

  function cancel() {
    flushSync(() => setIsConfirming(false));
    openerRef.current?.focus();
  }

  return (
    <div className="space-y-2">
      {isConfirming ? (
        <div role="group" aria-labelledby={`${id}-question`} className="rounded border border-red-200 bg-red-50 p-3 text-sm">
          <p id={`${id}-question`} className="font-medium text-red-900">
            Delete this claim? Its source citations and comments go with it; the audit trail keeps a record.
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" disabled={isPending}
              onClick={() => run(() => deleteClaimAction({ claimId: claim.id, expectedVersion: claim.version, articleId: claim.articleId }), { onSuccess: onDeleted })}
              className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60">
              {isPending ? "Deleting…" : "Yes, delete claim"}
            </button>
            <button id={`${id}-cancel`} type="button" onClick={cancel} className={SECONDARY_BUTTON_CLASS}>Cancel</button>
          </div>
        </div>
      ) : (
        <button ref={openerRef} type="button" onClick={open} className="text-sm text-red-800 underline underline-offset-2 hover:text-red-950">
          Delete claim…
        </button>
      )}
      <FormMessage feedback={feedback} />
    </div>
  );
}
