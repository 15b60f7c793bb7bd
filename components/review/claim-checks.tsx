"use client";

import { useEffect, useState } from "react";
import { getClaimChecksAction } from "@/lib/actions/claim-checks";
import type { ClaimChecks as Checks } from "@/lib/server/claims/get-claim-checks";

/**
 * Warnings from outside the claim's own words: a fact the article states
 * otherwise in another claim (with a link to it), and an earlier verified or
 * corrected claim in another article whose figure differs ("Checked before: …").
 */
export function ClaimChecks({ claimId, articleId, exact }: { claimId: string; articleId: string; exact: string }) {
  const [checks, setChecks] = useState<Checks | null>(null);

  useEffect(() => {
    let isCurrent = true;
    getClaimChecksAction(claimId).then(
      (result) => isCurrent && setChecks(result.ok ? result.data : null),
      () => isCurrent && setChecks(null),
    );
    return () => {
      isCurrent = false;
    };
  }, [claimId, exact]);

  if (!checks || checks.article.length + checks.memory.length === 0) return null;
  return (
    <ul className="space-y-1" aria-label="Checks against the article and earlier checks">
      {checks.article.map((finding, index) => (
        <li key={`article-${index}`} data-testid="article-warning" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
          ⚠ {finding.message}{" "}
          <a className="underline" href={`/articles/${articleId}?claim=${finding.otherClaimId}`}>Open that claim</a>
        </li>
      ))}
      {checks.memory.map((warning) => (
        <li key={warning.earlierClaimId} data-testid="memory-warning" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
          ⚠ {warning.message}{" "}
          <a className="underline" href={`/articles/${warning.earlierArticleId}?claim=${warning.earlierClaimId}`}>Open the earlier check</a>
        </li>
      ))}
    </ul>
  );
}
