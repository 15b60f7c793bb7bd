import type { Metadata } from "next";
import Link from "next/link";
import { VERDICT_BADGE_CLASS } from "@/components/articles/verdict-style";
import { FieldError } from "@/components/field-error";
import { requireActor } from "@/lib/auth/require-actor";
import { readSearchQuery } from "@/lib/domain/search-query";
import { VERDICT_LABELS } from "@/lib/domain/verdicts";
import { formatDateTime } from "@/lib/format-date";
import { searchClaims, type ClaimSearchPage } from "@/lib/server/claims/search-claims";
import { LiveRefresh } from "@/components/live/live-refresh";
import { readLiveCursor } from "@/lib/server/live/read-missed-changes";

export const metadata: Metadata = { title: "Claims" };

type SearchParams = Promise<{ q?: string | string[]; assigned?: string | string[]; after?: string | string[] }>;

/** The claims page's URL: words, queue and page are all in it, so any page can be linked. */
function claimsHref(options: { q: string; isAssignedToMe: boolean; after?: string | null }): string {
  const params = new URLSearchParams();
  if (options.q) params.set("q", options.q);
  if (options.isAssignedToMe) params.set("assigned", "me");
  if (options.after) params.set("after", options.after);
  const query = params.toString();
  return query ? `/claims?${query}` : "/claims";
}

export default async function ClaimsPage({ searchParams }: { searchParams: SearchParams }) {
  const { q: rawQuery, assigned, after } = await searchParams;
  const isAssignedToMe = assigned === "me";
  const { query: q, error } = readSearchQuery(rawQuery);
  const afterText = typeof after === "string" ? after : "";
  const actor = await requireActor(claimsHref({ q, isAssignedToMe, after: afterText }));
  const liveCursor = await readLiveCursor();
  const page = await searchClaims({ actor, input: { query: q, isAssignedToMe, after: afterText } });
  const { claims, next } = page;
  return (
    <section className="space-y-4">
      <LiveRefresh after={liveCursor} />
      <h1 className="font-serif text-3xl font-bold">{isAssignedToMe ? "Claims assigned to me" : "Claims"}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="claim-query" className="block text-sm font-medium">Words in the claim</label>
          <input id="claim-query" name="q" defaultValue={q} aria-describedby={error ? "claim-query-error" : "claim-query-hint"}
            aria-invalid={Boolean(error)} className="mt-1 w-80 rounded border border-stone-300 px-2 py-1" />
          <FieldError id="claim-query-error" errors={error ? [error] : undefined} />
          <p id="claim-query-hint" className="mt-1 text-xs text-stone-600">
            “Quote a phrase”, -exclude a word; the last word also matches its beginning.
          </p>
        </div>
        {isAssignedToMe && <input type="hidden" name="assigned" value="me" />}
        <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-white">Search</button>
        <Link href={claimsHref({ q, isAssignedToMe: !isAssignedToMe })} className="text-sm text-blue-800 underline">
          {isAssignedToMe ? "All claims" : "Assigned to me"}
        </Link>
      </form>
      {claims.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-center text-stone-600">
          {emptyMessage({ q, isAssignedToMe })}
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600" aria-live="polite">{summary(page, q)}</p>
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label={q ? "Claims found" : "Recent claims"}>
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
          {(afterText || next) && (
            <nav aria-label="Claim pages" className="flex gap-4 text-sm">
              {afterText && <Link href={claimsHref({ q, isAssignedToMe })} className="text-blue-800 underline">First page</Link>}
              {next && <Link href={claimsHref({ q, isAssignedToMe, after: next })} className="text-blue-800 underline">Next page</Link>}
            </nav>
          )}
        </>
      )}
    </section>
  );
}

function emptyMessage({ q, isAssignedToMe }: { q: string; isAssignedToMe: boolean }): string {
  if (isAssignedToMe) return q ? `None of your assigned claims has “${q}”.` : "No claims are assigned to you.";
  return q ? `No claim has “${q}”, or words that look like it.` : "No claims yet: mark words in an article to make the first.";
}

function summary(page: ClaimSearchPage, q: string): string {
  const count = `${page.total.isMore ? "More than " : ""}${page.total.count.toLocaleString("en-GB")}`;
  const claims = page.total.count === 1 && !page.total.isMore ? "claim" : "claims";
  switch (page.mode) {
    case "recent":
      return `${count} ${claims}, most recently changed first.`;
    case "ranked":
      return `${count} ${claims} with “${q}”, best match first.`;
    case "newest":
      return page.total.isMore
        ? `${count} ${claims} with “${q}”: too many to rank, so the most recently changed come first. Add words, or “quote a phrase”, to narrow.`
        : `${count} ${claims} with “${q}”, most recently changed first.`;
    case "looks-like":
      return `No claim has “${q}”; ${count} ${claims} with words that look like it, closest first.`;
  }
}
