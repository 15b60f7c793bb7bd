import { VERDICT_BADGE_CLASS } from "@/components/articles/verdict-style";
import { VERDICT_LABELS, type Verdict } from "@/lib/domain/verdicts";

type VerdictFields = { verdict: Verdict; correction: string | null; rationale: string | null };

/** A claim's verdict as text: the badge, the corrected wording and the rationale. */
export function VerdictSummary({ claim }: { claim: VerdictFields }) {
  return (
    <dl className="space-y-1 text-sm">
      <div>
        <dt className="sr-only">Verdict</dt>
        <dd><span className={`rounded px-2 py-0.5 text-xs font-semibold ${VERDICT_BADGE_CLASS[claim.verdict]}`}>{VERDICT_LABELS[claim.verdict]}</span></dd>
      </div>
      {claim.correction && (
        <div>
          <dt className="font-medium">Corrected wording</dt>
          <dd className="whitespace-pre-wrap font-serif">{claim.correction}</dd>
        </div>
      )}
      {claim.rationale && (
        <div>
          <dt className="font-medium">Rationale</dt>
          <dd className="whitespace-pre-wrap">{claim.rationale}</dd>
        </div>
      )}
    </dl>
  );
}
