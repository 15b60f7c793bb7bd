"use client";

import { useState, useTransition } from "react";
import { requestReviewAction } from "@/lib/actions/sign-offs";

/** For an editor: ask the desk's reviewers (they get an inbox notification). */
export function RequestReviewButton({ articleId }: { articleId: string }) {
  const [feedback, setFeedback] = useState<{ ok: boolean; message: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-3">
      <button type="button" disabled={isPending}
        className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60"
        onClick={() => startTransition(async () => {
          const result = await requestReviewAction({ articleId });
          setFeedback({ ok: result.ok, message: result.message ?? "" });
        })}>
        {isPending ? "Requesting…" : "Request review"}
      </button>
      {feedback && <span role={feedback.ok ? "status" : "alert"} className={feedback.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>{feedback.message}</span>}
    </div>
  );
}
