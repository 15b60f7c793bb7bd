import { getRateLimitedActor } from "@/lib/http/api-guard";
import { errorResponse } from "@/lib/http/error-response";
import { getEvidenceFile } from "@/lib/server/sources/get-evidence-file";

// GET /api/evidence/{id}: an evidence snapshot's bytes. Always a download, never
// a page: a saved HTML page or an SVG-in-disguise must not run in the app's
// origin. Content-Type is the sniffed one; nosniff keeps the browser to it;
// the sandbox CSP disables scripts even if something opens it inline.
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    const file = await getEvidenceFile({ actor: await getRateLimitedActor(request), input: { evidenceId: id } });
    const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(Buffer.from(file.content), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "Cache-Control": "private, no-store",
        "Factdesk-Sha256": file.sha256,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
