"use client";

import { useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/field-error";
import { addCommentAction, resolveCommentAction } from "@/lib/actions/comments";
import { formatDateTime } from "@/lib/format-date";
import type { ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { MentionTextarea } from "./mention-textarea";
import { describedBy, FormMessage, INPUT_CLASS, PRIMARY_BUTTON_CLASS } from "./form-message";
import { useActionRunner } from "./use-action-runner";

type Props = { claim: ClaimDetail; canComment: boolean; canResolve: boolean };

/** Discussion on a claim. Resolved comments stay, greyed, and can be reopened. */
export function ClaimComments({ claim, canComment, canResolve }: Props) {
  const id = useId();
  const [body, setBody] = useState("");
  const adding = useActionRunner<{ id: string }>();
  const resolving = useActionRunner<void>();
  const errors = adding.feedback?.fieldErrors ?? {};

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    adding.run(() => addCommentAction({ claimId: claim.id, body, articleId: claim.articleId }), { onSuccess: () => setBody("") });
  }

  return (
    <div className="space-y-3">
      {claim.comments.length === 0 ? (
        <p className="text-sm text-stone-600">No comments yet.</p>
      ) : (
        <ul className="space-y-2">
          {claim.comments.map((comment) => {
            const isResolved = Boolean(comment.resolvedAt);
            return (
              <li key={comment.id} data-testid="claim-comment" data-resolved={isResolved || undefined}
                className={`rounded border p-2 text-sm ${isResolved ? "border-stone-200 bg-stone-50 text-stone-500" : "border-stone-200 bg-white"}`}>
                <p className="text-xs">
                  <span className="font-semibold">{comment.author.name}</span>{" · "}
                  <time dateTime={new Date(comment.createdAt).toISOString()}>{formatDateTime(comment.createdAt)}</time>
                  {isResolved && <> · resolved{comment.resolvedBy ? ` by ${comment.resolvedBy.name}` : ""}</>}
                </p>
                <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
                {canResolve && (
                  <button type="button" disabled={resolving.isPending}
                    onClick={() => resolving.run(() => resolveCommentAction({ commentId: comment.id, isResolved: !isResolved, articleId: claim.articleId }))}
                    className="mt-1 text-xs text-stone-700 underline underline-offset-2 hover:text-stone-950 disabled:opacity-60">
                    {isResolved ? "Reopen" : "Resolve"}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FormMessage feedback={resolving.feedback} />
      {canComment && (
        <form onSubmit={handleSubmit} noValidate className="space-y-2">
          <label htmlFor={`${id}-comment`} className="block text-sm font-medium">Add a comment</label>
          {/* "@" + a name completes to a desk member, who is then notified (decision 021). */}
          <MentionTextarea id={`${id}-comment`} rows={2} value={body} onValueChange={setBody}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
            aria-invalid={Boolean(errors.body)} aria-describedby={describedBy(errors.body && `${id}-comment-error`)}
            className={INPUT_CLASS} />
          <FieldError id={`${id}-comment-error`} errors={errors.body} />
          <FormMessage feedback={adding.feedback} />
          <button type="submit" disabled={adding.isPending} className={PRIMARY_BUTTON_CLASS}>
            {adding.isPending ? "Adding…" : "Add comment"}
          </button>
        </form>
      )}
    </div>
  );
}
