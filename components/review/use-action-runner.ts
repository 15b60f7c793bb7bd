"use client";

import { useRouter } from "next/navigation";
import { useContext, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { ReviewLiveContext } from "./review-live-context";

export type Feedback<T> = {
  isError: boolean;
  message: string;
  fieldErrors: Record<string, string[]>;
  code?: string;
  /** On CONFLICT: the record as it is now. */
  current?: T;
};

const UNREACHABLE = "Could not reach the server; nothing was saved. What you typed is still here: try again.";

/**
 * Runs one server action in a transition and keeps its outcome for the form.
 * On the review page the page is told of every outcome (ReviewLiveContext) and
 * updates in place; elsewhere a CONFLICT refreshes the page so it shows what is saved.
 */
export function useActionRunner<T>() {
  const router = useRouter();
  const live = useContext(ReviewLiveContext);
  const [isPending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback<T> | null>(null);

  function run(
    action: () => Promise<ActionResult<T>>,
    handlers: { onSuccess?: (data: T) => void; onConflict?: (current: T) => void } = {},
  ) {
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action();
      } catch {
        setFeedback({ isError: true, message: UNREACHABLE, fieldErrors: {} });
        return;
      }
      if (result.ok) {
        setFeedback({ isError: false, message: result.message ?? "Saved.", fieldErrors: {} });
        handlers.onSuccess?.(result.data);
        live?.afterSave(result.data);
        return;
      }
      setFeedback({ isError: true, message: result.message, fieldErrors: result.fieldErrors, code: result.code, current: result.current });
      if (result.code === "CONFLICT") {
        if (result.current) handlers.onConflict?.(result.current);
        if (live) live.afterSave(result.current);
        else router.refresh();
      }
    });
  }

  return { isPending, feedback, setFeedback, run };
}
