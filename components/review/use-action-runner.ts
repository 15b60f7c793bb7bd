"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

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
 * On CONFLICT it refreshes the page so the list and highlights show what is saved.
 */
export function useActionRunner<T>() {
  const router = useRouter();
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
        return;
      }
      setFeedback({ isError: true, message: result.message, fieldErrors: result.fieldErrors, code: result.code, current: result.current });
      if (result.code === "CONFLICT") {
        if (result.current) handlers.onConflict?.(result.current);
        router.refresh();
      }
    });
  }

  return { isPending, feedback, setFeedback, run };
}
