import { VERDICT_SWATCH_CLASS } from "@/components/articles/verdict-style";
import { VERDICT_LABELS, VERDICTS } from "@/lib/domain/verdicts";

/** What the highlight colours mean, and how nested claims look. */
export function VerdictLegend() {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-stone-700">
      <span className="font-semibold">Highlights:</span>
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Verdict colours">
        {VERDICTS.map((verdict) => (
          <li key={verdict} className="flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-3.5 w-5 rounded-sm ${VERDICT_SWATCH_CLASS[verdict]}`} />
            {VERDICT_LABELS[verdict]}
          </li>
        ))}
      </ul>
      <span>Stacked lines: claims inside or across other claims (click again for the next one).</span>
    </div>
  );
}
