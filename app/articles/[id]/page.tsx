import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleText } from "@/components/articles/article-text";
import { ClaimList } from "@/components/articles/claim-list";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { formatDay } from "@/lib/format-date";
import { getArticleForReview } from "@/lib/server/articles/get-article-for-review";

export const metadata: Metadata = { title: "Review" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/articles/${id}`);
  const article = await getArticleForReview({ actor, articleId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <article aria-labelledby="headline" className="rounded-lg border border-stone-200 bg-white p-6">
        <h1 id="headline" className="font-serif text-3xl font-bold leading-tight">{article.headline}</h1>
        <p className="mt-2 text-sm text-stone-600">
          {[article.byline, article.publication, article.publishedAt && formatDay(article.publishedAt)]
            .filter(Boolean)
            .join(" · ")}{" "}
          · revision {article.revision.number}
        </p>
        <ArticleText text={article.revision.text} claims={article.claims} />
      </article>
      <aside aria-label="Claims">
        <ClaimList claims={article.claims} />
      </aside>
    </div>
  );
}
