import { lintClaim } from "@/lib/domain/consistency/lint-claim";

/** Flags a claim that contradicts itself ("a majority 15%"), with the rule's explanation. */
export function ConsistencyWarnings({ text }: { text: string }) {
  const findings = lintClaim(text);
  if (findings.length === 0) return null;
  return (
    <ul className="space-y-1" aria-label="Consistency warnings">
      {findings.map((finding, index) => (
        <li key={`${finding.ruleId}-${index}`} data-testid="consistency-warning" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
          ⚠ {finding.message}
        </li>
      ))}
    </ul>
  );
}
