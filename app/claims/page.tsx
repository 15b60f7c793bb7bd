import type { Metadata } from "next";
import Link from "next/link";
import { VERDICT_BADGE_CLASS } from "@/components/articles/verdict-style";
import { FieldError } from "@/components/field-error";
import { requireActor } from "@/lib/auth/require-actor";
import { readSearchQuery } from "@/lib/domain/search-query";
import { VERDICT_LABELS } from "@/lib/domain/verdicts";
import { formatDateTime } from "@/lib/format-date";
import { listRecentClaims } from "@/lib/server/claims/list-recent-claims";
import { searchClaims } from "@/lib/server/claims/search-claims";

export const metadata: Metadata = { title: "Claims" };

type SearchParams = Promise<{ q?: string | string[]; assigned?: string | string[] }>;

export default async function ClaimsPage({ searchParams }: { searchParams: SearchParams }) {
  const { q: rawQuery, assigned } = await searchParams;
  const actor = await requireActor("/claims");
  const isAssignedToMe = assigned === "me";
  const { query: q, error } = readSearchQuery(rawQuery);
  const isBrowsing = !q && !isAssignedToMe;
  // Before any search the page lists what the desk touched last, so it is never blank.
  const claims = isBrowsing ? await listRecentClaims({ actor }) : await searchClaims({ actor, input: { query: q, isAssignedToMe } });
  return (
    <section className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">{isAssignedToMe ? "Claims assigned to me" : "Search claims"}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="claim-query" className="block text-sm font-medium">Words in the claim</label>
          <input id="claim-query" name="q" defaultValue={q} aria-describedby={error ? "claim-query-error" : undefined}
            aria-invalid={Boolean(error)} className="mt-1 w-80 rounded border border-stone-300 px-2 py-1" />
          <FieldError id="claim-query-error" errors={error ? [error] : undefined} />
        </div>
        {isAssignedToMe && <input type="hidden" name="assigned" value="me" />}
        <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-white">Search</button>
        <Link href={isAssignedToMe ? "/claims" : "/claims?assigned=me"} className="text-sm text-blue-800 underline">
          {isAssignedToMe ? "Search all claims" : "Assigned to me"}
        </Link>
      </form>
      {isBrowsing && (
        <h2 className="text-lg font-semibold">
          Recently changed claims <span className="text-sm font-normal text-stone-600">(type words from a claim to find it in any article)</span>
        </h2>
      )}
      {claims.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-center text-stone-600">
          {isBrowsing ? "No claims yet: mark one in an article" : isAssignedToMe ? "No claims are assigned to you" : `No claim contains “${q}”`}.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label={isBrowsing ? "Recent claims" : "Claims found"}>
          {claims.map((claim) => (
            <li key={claim.id} className="p-3">
              <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <span className={`rounded px-1.5 py-0.5 font-semibold ${VERDICT_BADGE_CLASS[claim.verdict]}`}>
                  {claim.isOrphaned ? "Orphaned" : VERDICT_LABELS[claim.verdict]}
                </span>
                {claim.headline} · {claim.assigneeName ?? "Unassigned"} · changed {formatDateTime(claim.updatedAt)}
              </p>
              <Link href={`/articles/${claim.articleId}?claim=${claim.id}`} className="mt-1 block font-serif hover:underline">
                “{claim.exact}”
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
