"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { endSessionAction } from "@/lib/actions/sessions";

export function EndSessionButton({ sessionId, label, isCurrent }: { sessionId: string; label: string; isCurrent: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <span className="flex items-center gap-2">
      <button type="button" disabled={isPending} aria-label={label}
        className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100"
        onClick={() => startTransition(async () => {
          const result = await endSessionAction(sessionId);
          if (!result.ok) return setMessage(result.message);
          // Ending this browser's own session signs it out: go to the sign-in page.
          if (isCurrent) router.push("/login");
        })}>
        End
      </button>
      {message && <span role="alert" className="text-xs text-red-700">{message}</span>}
    </span>
  );
}
