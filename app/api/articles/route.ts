import { getRateLimitedActor } from "@/lib/http/api-guard";
import { errorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withIdempotency } from "@/lib/http/with-idempotency";
import type { Actor } from "@/lib/domain/capabilities";
import { listArticlesForCms } from "@/lib/server/articles/list-articles-for-cms";
import { upsertArticleFromCms } from "@/lib/server/articles/upsert-article-from-cms";

// GET /api/articles?state=&signedOffSince=&updatedSince=&externalId=&cursor=&limit=
// — the CMS listing, oldest activity first; follow nextCursor for the next page.
export async function GET(request: Request) {
  try {
    const actor = await getRateLimitedActor(request);
    const query = Object.fromEntries(new URL(request.url).searchParams.entries());
    return Response.json(await listArticlesForCms({ actor, query }), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

// POST /api/articles — for a CMS with an API token. JSON body: headline, byline,
// publication, url, publishedAt, text, externalId. The same externalId again
// makes a new revision of that article. With an Idempotency-Key header a retry
// gets the first response back instead of running again.
export async function POST(request: Request) {
  try {
    const actor = await getRateLimitedActor(request);
    return await withIdempotency(request, actor, () => upsert(request, actor));
  } catch (error) {
    return errorResponse(error);
  }
}

async function upsert(request: Request, actor: Actor | null): Promise<Response> {
  try {
    const body = await readJsonBody(request);
    const { url, ...rest } = body;
    const input = url === undefined ? rest : { ...rest, originalUrl: url };
    const result = await upsertArticleFromCms({ actor, input });
    return Response.json(result, { status: result.isCreated ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
