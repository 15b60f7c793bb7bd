"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acknowledgeDisputeAction } from "@/lib/actions/sign-offs";

export function AcknowledgeDisputeButton(props: { articleId: string; claimId: string; version: number; quote: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={isPending}
        aria-label={`Acknowledge the dispute on “${props.quote}”`}
        onClick={() =>
          startTransition(async () => {
            const result = await acknowledgeDisputeAction({ articleId: props.articleId, claimId: props.claimId, expectedVersion: props.version });
            setError(result.ok ? null : result.message);
            router.refresh();
          })
        }
        className="rounded border border-amber-400 px-2 py-0.5 hover:bg-amber-100"
      >
        Acknowledge
      </button>
      {error && <span role="alert" className="ml-2 text-red-700">{error}</span>}
    </>
  );
}
