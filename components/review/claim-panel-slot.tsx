"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import type { ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import type { ClaimPanelProps } from "./claim-panel";

// The panel (verdict, sources, comments, history forms) is most of the page's own
// JavaScript and nothing shows it until a claim is open: it loads on demand, and
// is fetched when the browser is idle so the first open does not wait for it
// (docs/decisions/030). With ?claim= it is rendered on the server as before.
const loadClaimPanel = () => import("./claim-panel").then((module) => module.ClaimPanel);
const ClaimPanel = dynamic(loadClaimPanel, { loading: () => <p className="p-6 text-xs text-stone-600" aria-busy="true">Loading the claim…</p> });

// What the slot needs to choose what to show; the rest passes through to the panel.
type Props = Omit<ClaimPanelProps, "claim" | "position"> & {
  claims: ReviewClaim[];
  openId: string | null;
  detail: ClaimDetail | null;
  isLoading: boolean;
};

/** The claim panel, or what to show instead: nothing chosen yet, loading, or gone. */
export function ClaimPanelSlot({ claims, openId, detail, isLoading, users, permissions, verdictFormRef, onDeleted, ...live }: Props) {
  useEffect(() => {
    const prefetch = () => void loadClaimPanel();
    if (typeof window.requestIdleCallback !== "function") return void setTimeout(prefetch, 1_000);
    const handle = window.requestIdleCallback(prefetch, { timeout: 3_000 });
    return () => window.cancelIdleCallback(handle);
  }, []);
  if (!openId) {
    return (
      <div className="p-6 text-sm text-stone-600">
        <h2 className="mb-2 font-semibold text-stone-900">No claim open</h2>
        <p>Choose a claim in the list or click a highlight in the text{permissions.canCreateClaim ? ", or select words to make a new claim" : ""}.</p>
        <p className="mt-2">Press <kbd className="rounded border border-stone-300 bg-stone-100 px-1 font-mono">j</kbd> for the first claim, <kbd className="rounded border border-stone-300 bg-stone-100 px-1 font-mono">?</kbd> for all shortcuts.</p>
      </div>
    );
  }
  const index = claims.findIndex((claim) => claim.id === openId);
  if (detail && detail.id === openId) {
    const position = index === -1 ? "" : `Claim ${index + 1} of ${claims.length}`;
    // Keyed by claim: each claim gets fresh forms; a refresh of the same claim keeps what was typed.
    return <ClaimPanel key={detail.id} claim={detail} position={position} users={users} permissions={permissions}
      verdictFormRef={verdictFormRef} onDeleted={onDeleted} {...live} />;
  }
  if (isLoading && index !== -1) {
    return (
      <div className="p-6" aria-busy="true">
        <p className="text-xs text-stone-600">Claim {index + 1} of {claims.length} · loading…</p>
        <p className="mt-2 font-serif text-lg">“{claims[index].exact}”</p>
      </div>
    );
  }
  return (
    <div className="p-6 text-sm text-stone-600" role="status">
      <h2 className="mb-2 font-semibold text-stone-900">Claim not found</h2>
      <p>This claim is not in this article any more: someone may have deleted it.</p>
    </div>
  );
}
