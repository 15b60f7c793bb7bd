import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { getAuditFilterOptions } from "@/lib/server/audit/get-audit-filter-options";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { LiveRefresh } from "@/components/live/live-refresh";
import { readLiveCursor } from "@/lib/server/live/read-missed-changes";

export const metadata: Metadata = { title: "Audit trail" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A hand-edited or stale link with a bad id shows the whole trail rather than an error.
function readUuid(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && z.uuid().safeParse(value).success ? value : undefined;
}

function readPosition(value: string | string[] | undefined): number | undefined {
  const position = typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(position) && position > 0 ? position : undefined;
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const selected = { claimId: readUuid(query.claim), actorId: readUuid(query.person) };
  const before = readPosition(query.before);
  const actor = await requireActor(`/articles/${id}/audit`);
  const liveCursor = await readLiveCursor();
  const [options, page] = await Promise.all([
    getAuditFilterOptions({ actor, articleId: id }),
    listAuditEvents({ actor, input: { articleId: id, ...selected, before } }),
  ]).catch((error: unknown) => {
    // A malformed id fails validation; either way the article is not there for this user.
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
    throw error;
  });
  const isFiltered = Boolean(selected.claimId || selected.actorId);
  const { events, total, isTotalCapped } = page;
  // A filtered count stops at AUDIT_COUNT_LIMIT (decision 032): past it the page says "more than".
  const counted = `${isTotalCapped ? "More than " : ""}${total.toLocaleString("en-GB")}`;
  const isOne = total === 1 && !isTotalCapped;
  const pageUrl = (cursor: number | undefined) => {
    const params = new URLSearchParams();
    if (selected.claimId) params.set("claim", selected.claimId);
    if (selected.actorId) params.set("person", selected.actorId);
    if (cursor) params.set("before", String(cursor));
    const search = params.toString();
    return `/articles/${id}/audit${search ? `?${search}` : ""}`;
  };
  return (
    <section aria-labelledby="audit-heading" className="space-y-4">
      <LiveRefresh articleId={id} after={liveCursor} />
      <p>
        <Link href={`/articles/${id}`} className="text-sm text-stone-600 underline hover:text-stone-950">
          ← Back to the review
        </Link>
      </p>
      <div>
        <h1 id="audit-heading" className="font-serif text-3xl font-bold">Audit trail</h1>
        <p className="mt-1 font-serif text-lg text-stone-700">{options.article.headline}</p>
        <p className="mt-1 text-sm text-stone-600">
          Every change to this article and its claims, newest first. The trail cannot be edited or deleted.
        </p>
      </div>
      <AuditFilters articleId={id} claims={options.claims} people={options.people} selected={selected} />
      {total === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">
          {isFiltered ? (
            <>
              No events match these filters.{" "}
              <Link href={`/articles/${id}/audit`} className="text-blue-800 underline">Show the whole trail</Link>
            </>
          ) : (
            "Nothing has happened to this article yet."
          )}
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            {counted} {isOne ? "event" : "events"}
            {isFiltered && (isOne ? " matches the filters" : " match the filters")}
            {(events.length < total || isTotalCapped) && `; showing ${events.length.toLocaleString("en-GB")}${before ? " older ones" : " newest"}`}
          </p>
          <AuditTable events={events} claims={options.claims} namesById={page.namesById}
            caption={`Audit trail of “${options.article.headline}”, newest first`} />
          {(before || page.olderBefore) && (
            <nav aria-label="Audit trail pages" className="flex gap-4 text-sm">
              {before && <Link href={pageUrl(undefined)} className="text-blue-800 underline">Newest events</Link>}
              {page.olderBefore && <Link href={pageUrl(page.olderBefore)} className="text-blue-800 underline">Older events</Link>}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
