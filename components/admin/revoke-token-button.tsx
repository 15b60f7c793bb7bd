"use client";

import { useState, useTransition } from "react";
import { revokeApiTokenAction } from "@/lib/actions/admin";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <span className="flex items-center gap-2">
      <button type="button" disabled={isPending} className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100"
        onClick={() => {
          if (!window.confirm(`Revoke the token "${name}"? Anything using it stops working at once.`)) return;
          startTransition(async () => {
            const result = await revokeApiTokenAction(tokenId);
            setMessage(result.ok ? null : result.message);
          });
        }}>
        Revoke {name}
      </button>
      {message && <span role="alert" className="text-xs text-red-700">{message}</span>}
    </span>
  );
}
