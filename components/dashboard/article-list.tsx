import type { ArticleListRow } from "@/lib/server/articles/list-articles";
import { ArticleRow } from "./article-row";

export function ArticleList({ articles }: { articles: ArticleListRow[] }) {
  return (
    <ul aria-label="Articles" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {articles.map((article) => (
        <ArticleRow key={article.id} article={article} />
      ))}
    </ul>
  );
}
