import Link from "next/link";
import { ProgressBar } from "@/components/articles/progress-bar";
import { formatDateTime } from "@/lib/format-date";
import type { ArticleListRow } from "@/lib/server/articles/list-articles";
import { ARTICLE_STATE_LABELS } from "./dashboard-filter";

const STATE_BADGE_CLASS: Record<ArticleListRow["state"], string> = {
  in_review: "bg-stone-200 text-stone-800",
  signed_off: "bg-emerald-100 text-emerald-900",
  sent_back: "bg-red-100 text-red-900",
};

/** One article on the dashboard: where it stands and how far the checking has got. */
export function ArticleRow({ article }: { article: ArticleListRow }) {
  const headingId = `article-${article.id}`;
  return (
    <li aria-labelledby={headingId} className="grid gap-3 p-4 md:grid-cols-[minmax(0,1fr)_18rem] md:items-center">
      <div className="min-w-0">
        <h2 id={headingId} className="font-serif text-lg font-semibold leading-snug">
          <Link href={`/articles/${article.id}`} className="hover:underline">{article.headline}</Link>
        </h2>
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
          <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATE_BADGE_CLASS[article.state]}`}>
            {ARTICLE_STATE_LABELS[article.state]}
          </span>
          {article.voidedSignOff && (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
              title={article.voidedSignOff.reason ?? undefined}>
              Sign-off voided {formatDateTime(article.voidedSignOff.voidedAt)}: needs signing again
            </span>
          )}
          <span>{article.publication ?? "No publication"}</span>
          <span aria-hidden="true">·</span>
          <span>Last activity {formatDateTime(article.lastActivityAt)}</span>
          <span aria-hidden="true">·</span>
          <Link href={`/articles/${article.id}/audit`} className="underline hover:text-stone-950">
            Audit trail<span className="sr-only"> of “{article.headline}”</span>
          </Link>
          <span aria-hidden="true">·</span>
          <Link href={`/articles/${article.id}/sign-off`} className="underline hover:text-stone-950">
            Sign-off &amp; exports<span className="sr-only"> of “{article.headline}”</span>
          </Link>
        </p>
      </div>
      <div>
        <p className="mb-1 text-sm font-medium">{describeClaimCount(article.totalClaims, article.counts.pending)}</p>
        {article.totalClaims > 0 && <ProgressBar counts={article.counts} orphanedCount={article.orphanedCount} />}
      </div>
    </li>
  );
}

function describeClaimCount(total: number, pending: number): string {
  if (total === 0) return "No claims marked yet: open it to start";
  const claims = `${total} ${total === 1 ? "claim" : "claims"}`;
  return pending === 0 ? `${claims}, all checked` : `${claims}, ${pending} to check`;
}
