import Link from "next/link";
import { ArticleList } from "@/components/dashboard/article-list";
import { DashboardEmptyState } from "@/components/dashboard/dashboard-empty-state";
import { dashboardHref, readDashboardFilter, toListFilter } from "@/components/dashboard/dashboard-filter";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { listArticles } from "@/lib/server/articles/list-articles";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const filter = readDashboardFilter(await searchParams);
  const actor = await requireActor(dashboardHref(filter));
  const articles = await listArticles({ actor, filter: toListFilter(filter) });
  const canCreate = can(actor, "article:create");
  return (
    <section aria-labelledby="dashboard-heading" className="space-y-4">
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
      {articles.length === 0 ? (
        <DashboardEmptyState filter={filter} canCreate={canCreate} />
      ) : (
        <ArticleList articles={articles} />
      )}
    </section>
  );
}
