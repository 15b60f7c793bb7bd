"use client";

import { useId, type FormEvent } from "react";
import { FieldError } from "@/components/field-error";
import { assignClaimAction } from "@/lib/actions/claims";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { describedBy, FormMessage, SECONDARY_BUTTON_CLASS } from "./form-message";
import { useActionRunner } from "./use-action-runner";
import { useClaimDraft } from "./use-claim-draft";

export type AssignableUser = { id: string; name: string };

const pickAssignee = (claim: ClaimView) => ({ assigneeId: claim.assigneeId ?? "" });

/** Who checks the claim. A select plus a button: arrowing through the list saves nothing. */
export function AssigneeForm({ claim, users }: { claim: ClaimView; users: AssignableUser[] }) {
  const id = useId();
  const draft = useClaimDraft(claim, pickAssignee);
  const { isPending, feedback, run } = useActionRunner<ClaimView>();
  const errors = feedback?.fieldErrors ?? {};
  const nameOf = (userId: string | null) => users.find((user) => user.id === userId)?.name ?? "Nobody";

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(
      () => assignClaimAction({ claimId: claim.id, expectedVersion: draft.expectedVersion, assigneeId: draft.draft.assigneeId || null }),
      { onSuccess: draft.markSaved, onConflict: draft.markConflict },
    );
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-2">
      <label htmlFor={`${id}-assignee`} className="block text-sm font-semibold">Assignee</label>
      <div className="flex gap-2">
        <select id={`${id}-assignee`} value={draft.draft.assigneeId} onChange={(event) => draft.update({ assigneeId: event.target.value })}
          aria-invalid={Boolean(errors.assigneeId)} aria-describedby={describedBy(errors.assigneeId && `${id}-assignee-error`)}
          className="min-w-0 grow rounded border border-stone-300 bg-white px-2 py-1 text-sm">
          <option value="">Unassigned</option>
          {users.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
        </select>
        <button type="submit" disabled={isPending || !draft.isDirty} className={SECONDARY_BUTTON_CLASS}>
          {isPending ? "Assigning…" : "Assign"}
        </button>
      </div>
      <FieldError id={`${id}-assignee-error`} errors={errors.assigneeId} />
      <FormMessage feedback={feedback} renderCurrent={(current) => <p className="mt-1">{nameOf(current.assigneeId)}</p>} />
    </form>
  );
}
