"use client";

import { useState, useTransition } from "react";
import { endOtherSessionsAction } from "@/lib/actions/sessions";

export function EndOtherSessionsButton({ hasOthers }: { hasOthers: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-3">
      <button type="button" disabled={isPending || !hasOthers}
        className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60"
        onClick={() => startTransition(async () => {
          const result = await endOtherSessionsAction();
          setMessage(result.ok ? `Ended ${result.data.ended} other session${result.data.ended === 1 ? "" : "s"}.` : result.message);
        })}>
        End all other sessions
      </button>
      {message && <span role="status" className="text-sm text-stone-700">{message}</span>}
    </div>
  );
}
