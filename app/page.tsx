import Link from "next/link";
import { ProgressBar } from "@/components/articles/progress-bar";
import { requireActor } from "@/lib/auth/require-actor";
import { formatDateTime } from "@/lib/format-date";
import { listArticles } from "@/lib/server/articles/list-articles";

const STATE_LABELS = { in_review: "In review", signed_off: "Signed off", sent_back: "Sent back" } as const;

export default async function DashboardPage() {
  const actor = await requireActor("/");
  const articles = await listArticles({ actor });
  return (
    <section>
      <h1 className="mb-4 font-serif text-3xl font-bold">Articles</h1>
      {articles.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600">
          No articles yet. Paste one in to start checking.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {articles.map((article) => (
            <li key={article.id} className="grid gap-2 p-4 md:grid-cols-[1fr_16rem]">
              <div>
                <Link href={`/articles/${article.id}`} className="font-serif text-lg font-semibold hover:underline">
                  {article.headline}
                </Link>
                <p className="text-sm text-stone-600">
                  {article.publication ?? "No publication"} · {STATE_LABELS[article.state]} · last activity{" "}
                  {formatDateTime(article.lastActivityAt)}
                </p>
              </div>
              <ProgressBar counts={article.counts} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
