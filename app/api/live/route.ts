import { getActorRecheck } from "@/lib/auth/get-actor";
import { findTokenActor } from "@/lib/server/auth/find-token-actor";
import { errorResponse } from "@/lib/http/error-response";
import { openLiveStream } from "@/lib/server/live/open-live-stream";

// GET /api/live — the live desk as Server-Sent Events (docs/decisions/018).
// One per browser tab; EventSource reconnects by itself and sends Last-Event-ID,
// from which the stream replays what it missed. `?after=` does the same for the
// first connection (the audit id the page was rendered at).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const authorization = request.headers.get("authorization");
    // The first check counts as activity (it is a request); the rechecks of a long-open stream do not.
    const recheck = authorization ? () => findTokenActor(authorization) : await getActorRecheck({ isActivity: false });
    const actor = authorization ? await findTokenActor(authorization) : ((await (await getActorRecheck())?.()) ?? null);
    const lastEventId = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
    const stream = await openLiveStream({ actor, lastEventId, recheckActor: recheck ?? (async () => null) });
    request.signal.addEventListener("abort", () => void stream.cancel().catch(() => undefined));
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        // no-transform: Next's compression would otherwise buffer the stream.
        "Cache-Control": "no-cache, no-store, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
