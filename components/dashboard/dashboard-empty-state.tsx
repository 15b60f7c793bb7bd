import Link from "next/link";
import { ARTICLE_STATE_LABELS, isFiltered, type DashboardFilter } from "./dashboard-filter";

/**
 * Two different situations: an empty desk (invite the first article) and a filter
 * that matches nothing (say which filter, and offer the way back to everything).
 */
export function DashboardEmptyState({ filter, canCreate }: { filter: DashboardFilter; canCreate: boolean }) {
  if (isFiltered(filter)) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">
        <p className="font-medium text-stone-800">No articles match these filters.</p>
        <p className="mt-1 text-sm">
          {describeFilter(filter)}{" "}
          <Link href="/" className="text-blue-800 underline">Show all articles</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">
      <p className="font-medium text-stone-800">No articles yet.</p>
      <p className="mt-1 text-sm">
        {canCreate ? (
          <>
            <Link href="/articles/new" className="text-blue-800 underline">Paste an article</Link> to start checking its
            claims.
          </>
        ) : (
          "When an editor adds an article, it appears here."
        )}
      </p>
    </div>
  );
}

function describeFilter(filter: DashboardFilter): string {
  const state = filter.state ? `“${ARTICLE_STATE_LABELS[filter.state]}”` : null;
  if (filter.isAssignedToMe && state) return `No article in ${state} has a claim assigned to you.`;
  if (filter.isAssignedToMe) return "No article has a claim assigned to you.";
  return `No article is ${state}.`;
}
