import { db } from "@/lib/db";
import { errorResponse } from "@/lib/http/error-response";

// GET /api/health — 200 when the database answers, 503 with Retry-After when it
// does not. The outage page polls it (a production error page only gets a digest,
// not the error, so it asks here), and so can a load balancer. Public: it says
// nothing but "up" or "down".
export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db.$queryRaw`select 1`;
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
