import { getRateLimitedActor } from "@/lib/http/api-guard";
import { errorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { announcePresence } from "@/lib/server/live/announce-presence";

// POST /api/live/presence — a review page's heartbeat ("this tab has the article
// open, on this claim"), and its goodbye. A route rather than a server action so
// the page can send the goodbye with `fetch(…, { keepalive: true })` as the tab
// closes: a closing page cancels ordinary requests, and the viewer would linger
// on everyone's list until the beat expired (25 s).
export async function POST(request: Request) {
  try {
    const actor = await getRateLimitedActor(request);
    await announcePresence({ actor, input: await readJsonBody(request) });
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
