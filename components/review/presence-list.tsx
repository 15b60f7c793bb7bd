"use client";

import type { Viewer } from "@/components/live/use-live-events";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";

/** Who else has this article open, and on which claim (from every instance's heartbeats). */
export function PresenceList({ viewers, claims, userId }: { viewers: Viewer[]; claims: ReviewClaim[]; userId: string }) {
  const others = viewers.filter((viewer) => viewer.userId !== userId);
  if (others.length === 0) return null;
  return (
    <div aria-label="Also viewing" role="region" className="text-xs text-stone-700" data-testid="presence-list">
      <p className="font-semibold">Also here</p>
      <ul>
        {others.map((viewer) => {
          const index = viewer.claimId ? claims.findIndex((claim) => claim.id === viewer.claimId) : -1;
          return (
            <li key={viewer.tabId}>
              {viewer.name}
              {index !== -1 && <span className="text-stone-500"> · claim {index + 1}{viewer.isEditing ? ", typing" : ""}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
