"use client";

import { FieldError } from "@/components/field-error";
import { lintClaim } from "@/lib/domain/consistency/lint-claim";
import { describedBy, INPUT_CLASS } from "./form-message";

type Props = { id: string; exact: string; value: string; onChange: (value: string) => void; errors?: string[] };

/**
 * The reason a claim with a consistency warning is verified anyway. Shown when
 * the claim's own words carry a warning, or when the server refused for one
 * (a fact stated otherwise elsewhere in the article); the server decides.
 */
export function WarningOverrideField({ id, exact, value, onChange, errors }: Props) {
  if (!errors && lintClaim(exact).length === 0) return null;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        Why verify despite the warning? <span className="text-red-700">(required)</span>
      </label>
      <textarea id={id} rows={2} value={value} required onChange={(event) => onChange(event.target.value)}
        aria-invalid={Boolean(errors)} aria-describedby={describedBy(`${id}-hint`, errors && `${id}-error`)} className={INPUT_CLASS} />
      <p id={`${id}-hint`} className="text-xs text-stone-500">This claim has a consistency warning. The reason goes into the audit trail.</p>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
