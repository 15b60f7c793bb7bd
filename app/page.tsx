import Link from "next/link";
import { ArticleList } from "@/components/dashboard/article-list";
import { DashboardEmptyState } from "@/components/dashboard/dashboard-empty-state";
import { dashboardHref, readDashboardFilter, toListFilter } from "@/components/dashboard/dashboard-filter";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { decodeActivityCursor, encodeActivityCursor } from "@/lib/domain/activity-cursor";
import { listArticles } from "@/lib/server/articles/list-articles";
import { LiveRefresh } from "@/components/live/live-refresh";
import { readLiveCursor } from "@/lib/server/live/read-missed-changes";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = readDashboardFilter(params);
  const after = decodeActivityCursor(typeof params.after === "string" ? params.after : null);
  const actor = await requireActor(dashboardHref(filter));
  const liveCursor = await readLiveCursor();
  const { articles, total, next } = await listArticles({ actor, filter: toListFilter(filter), after });
  const pageHref = (cursor: string | null) => {
    const base = dashboardHref(filter);
    return cursor ? `${base}${base.includes("?") ? "&" : "?"}after=${encodeURIComponent(cursor)}` : base;
  };
  const canCreate = can(actor, "article:create");
  return (
    <section aria-labelledby="dashboard-heading" className="space-y-4">
      <LiveRefresh after={liveCursor} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="dashboard-heading" className="font-serif text-3xl font-bold">Articles</h1>
        {canCreate && (
          <Link href="/articles/new"
            className="rounded bg-stone-900 px-4 py-2 font-medium text-white shadow-sm hover:bg-stone-700">
            New article
          </Link>
        )}
      </div>
      <DashboardFilters filter={filter} />
      {total === 0 ? (
        <DashboardEmptyState filter={filter} canCreate={canCreate} />
      ) : (
        <>
          <p className="text-sm text-stone-600">
            {total.toLocaleString("en-GB")} {total === 1 ? "article" : "articles"}
            {articles.length < total && `; showing ${articles.length.toLocaleString("en-GB")} ${after ? "less recently active" : "most recently active"}`}
          </p>
          <ArticleList articles={articles} />
          {(after || next) && (
            <nav aria-label="Article pages" className="flex gap-4 text-sm">
              {after && <Link href={pageHref(null)} className="text-blue-800 underline">Most recent articles</Link>}
              {next && <Link href={pageHref(encodeActivityCursor(next))} className="text-blue-800 underline">Older articles</Link>}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
