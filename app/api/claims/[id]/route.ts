import { getRateLimitedActor } from "@/lib/http/api-guard";
import { errorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withIdempotency } from "@/lib/http/with-idempotency";
import { AppError } from "@/lib/errors";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { patchClaim } from "@/lib/server/claims/patch-claim";

type Context = { params: Promise<{ id: string }> };

// GET /api/claims/{id} — the claim with its version, sources, comments and history.
export async function GET(request: Request, context: Context) {
  try {
    const { id } = await context.params;
    return Response.json(await getClaimDetail({ actor: await getRateLimitedActor(request), claimId: id }));
  } catch (error) {
    return errorResponse(error);
  }
}

// PATCH /api/claims/{id} — JSON { version, verdict?, correction?, rationale?, restated?, assigneeId? }
// (lib/schemas/claims-api.ts), with an optional Idempotency-Key. 200 with the changed
// claim; 409 with the current claim when `version` is stale, so the caller can
// re-apply its change to it.
export async function PATCH(request: Request, context: Context) {
  try {
    const { id } = await context.params;
    const actor = await getRateLimitedActor(request);
    // A retry with the same Idempotency-Key gets the first answer (lib/http/with-idempotency.ts).
    return await withIdempotency(request, actor, () => patch(request, actor, id));
  } catch (error) {
    return errorResponse(error);
  }
}

async function patch(request: Request, actor: Awaited<ReturnType<typeof getRateLimitedActor>>, id: string): Promise<Response> {
  try {
    const input = await readJsonBody(request);
    return Response.json(await patchClaim({ actor, claimId: id, input }));
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT" && (error.details as { current?: unknown } | undefined)?.current) {
      const { current } = error.details as { current: unknown };
      return Response.json({ error: { code: error.code, message: error.userMessage, fieldErrors: error.fieldErrors }, current }, { status: 409 });
    }
    return errorResponse(error);
  }
}
