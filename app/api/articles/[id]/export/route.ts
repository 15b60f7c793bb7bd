import { getRateLimitedActor } from "@/lib/http/api-guard";
import { errorResponse } from "@/lib/http/error-response";
import { streamArticleExport } from "@/lib/server/exports/stream-article-export";

// GET /api/articles/{id}/export?format=…&mode=clean|tracked — for a signed-in
// session or an API token (Authorization: Bearer …). Counted against the same
// per-token (or per-user) rate limit as the rest of the API: an export is the
// most expensive request we serve. The body streams (decision 033): a refusal
// comes before it as a JSON error; a failure halfway cuts the download off.
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    const url = new URL(request.url);
    const input = Object.fromEntries(url.searchParams.entries());
    const file = await streamArticleExport({
      actor: await getRateLimitedActor(request),
      articleRef: id,
      input,
      baseUrl: process.env.NEXTAUTH_URL ?? url.origin,
    });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "no-store",
        // Which state of the audit trail this file shows: "<seq> <sha256>".
        "Factdesk-Audit-Head": `${file.auditHead.seq} ${file.auditHead.hash}`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
