import type { VerifiedWithWarning } from "@/lib/server/claims/list-verified-with-warnings";

/** Verified claims that carry a consistency warning, for the one who signs off. */
export function VerifiedWithWarnings({ articleId, claims }: { articleId: string; claims: VerifiedWithWarning[] }) {
  if (claims.length === 0) return null;
  return (
    <div>
      <p className="font-medium">Verified despite a consistency warning</p>
      <ul className="space-y-2" aria-label="Verified claims with a warning">
        {claims.map((claim) => (
          <li key={claim.claimId} data-testid="verified-with-warning" className="rounded border border-amber-200 bg-amber-50 p-2 text-sm">
            <a className="underline" href={`/articles/${articleId}?claim=${claim.claimId}`}><q>{claim.exact}</q></a>
            <ul className="ml-5 list-disc text-amber-900">
              {claim.warnings.map((warning, index) => <li key={index}>{warning}</li>)}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
