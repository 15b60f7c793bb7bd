import Form from "next/form";
import Link from "next/link";
import type { AuditFilterOptions } from "@/lib/server/audit/get-audit-filter-options";
import { truncate } from "./describe-audit-event";

type Props = {
  articleId: string;
  claims: AuditFilterOptions["claims"];
  people: AuditFilterOptions["people"];
  selected: { claimId?: string; actorId?: string };
};

/** A GET form: filters live in the URL (?claim=…&person=…), so a view can be shared. */
export function AuditFilters({ articleId, claims, people, selected }: Props) {
  const action = `/articles/${articleId}/audit`;
  const isFiltered = Boolean(selected.claimId || selected.actorId);
  return (
    // Keyed by the selection so that "Clear filters" (a client navigation) resets the selects.
    <Form key={`${selected.claimId}-${selected.actorId}`} action={action} aria-label="Filter the trail"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
      <div className="min-w-0 max-w-md grow">
        <label htmlFor="audit-claim" className="block text-sm font-medium">Claim</label>
        <select id="audit-claim" name="claim" defaultValue={selected.claimId ?? ""}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1">
          <option value="">All claims and article events</option>
          {claims.map((claim) => (
            <option key={claim.id} value={claim.id}>
              {`“${truncate(claim.quote, 70)}”${claim.isDeleted ? " (deleted)" : ""}`}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-person" className="block text-sm font-medium">Person</label>
        <select id="audit-person" name="person" defaultValue={selected.actorId ?? ""}
          className="mt-1 rounded border border-stone-300 px-2 py-1">
          <option value="">Everyone</option>
          {people.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700">Filter</button>
      {isFiltered && (
        <Link href={action} className="px-1 py-1.5 text-sm text-stone-700 underline hover:text-stone-950">Clear filters</Link>
      )}
    </Form>
  );
}
