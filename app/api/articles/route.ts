import { getRateLimitedActor } from "@/lib/http/api-guard";
import { errorResponse } from "@/lib/http/error-response";
import { upsertArticleFromCms } from "@/lib/server/articles/upsert-article-from-cms";
import { AppError } from "@/lib/errors";

// POST /api/articles — for a CMS with an API token. JSON body: headline, byline,
// publication, url, publishedAt, text, externalId. The same externalId again
// makes a new revision of that article.
export async function POST(request: Request) {
  try {
    const actor = await getRateLimitedActor(request);
    const body = await readJson(request);
    const { url, ...rest } = body as Record<string, unknown>;
    const input = url === undefined ? rest : { ...rest, originalUrl: url };
    const result = await upsertArticleFromCms({ actor, input });
    return Response.json(result, { status: result.isCreated ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}

async function readJson(request: Request): Promise<unknown> {
  // JSON only: a cross-site form cannot send application/json without CORS approval.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError("VALIDATION", { userMessage: "Send JSON with Content-Type: application/json.", fieldErrors: { _form: ["Not JSON."] } });
  }
  try {
    const body = await request.json();
    if (body && typeof body === "object" && !Array.isArray(body)) return body;
  } catch {
    // fall through to the error below
  }
  throw new AppError("VALIDATION", { userMessage: "Send a JSON object as the request body.", fieldErrors: { _form: ["Not a JSON object."] } });
}
