import { getRateLimitedActor } from "@/lib/http/api-guard";
import { errorResponse } from "@/lib/http/error-response";
import { getArticleForReview } from "@/lib/server/articles/get-article-for-review";

// GET /api/articles/{id} — the article, its current revision and its claims with verdicts.
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    const article = await getArticleForReview({ actor: await getRateLimitedActor(request), articleId: id });
    return Response.json(article);
  } catch (error) {
    return errorResponse(error);
  }
}
