"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signOffArticleAction } from "@/lib/actions/sign-offs";

/** Signs off exactly the state shown: the server refuses if its fingerprint changed meanwhile. */
export function SignOffButton({ articleId, sha256, isBlocked }: { articleId: string; sha256: string; isBlocked: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={isPending || isBlocked}
        onClick={() =>
          startTransition(async () => {
            const result = await signOffArticleAction({ articleId, expectedSha256: sha256 });
            setMessage({ text: result.ok ? "Signed off." : result.message, isError: !result.ok });
            router.refresh();
          })
        }
        className="rounded bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800 disabled:opacity-50"
      >
        {isPending ? "Signing off…" : "Sign off this revision"}
      </button>
      {message && (
        <p role={message.isError ? "alert" : "status"} className={message.isError ? "text-sm text-red-700" : "text-sm text-emerald-800"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
