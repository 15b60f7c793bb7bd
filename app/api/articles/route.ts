import { getRateLimitedActor } from "@/lib/http/api-guard";
import { errorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { upsertArticleFromCms } from "@/lib/server/articles/upsert-article-from-cms";

// POST /api/articles — for a CMS with an API token. JSON body: headline, byline,
// publication, url, publishedAt, text, externalId. The same externalId again
// makes a new revision of that article.
export async function POST(request: Request) {
  try {
    const actor = await getRateLimitedActor(request);
    const body = await readJsonBody(request);
    const { url, ...rest } = body;
    const input = url === undefined ? rest : { ...rest, originalUrl: url };
    const result = await upsertArticleFromCms({ actor, input });
    return Response.json(result, { status: result.isCreated ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
