import { getRequestActor } from "@/lib/auth/get-request-actor";
import { errorResponse } from "@/lib/http/error-response";
import { countUnreadNotifications } from "@/lib/server/inbox/count-unread-notifications";

// GET /api/inbox/unread-count — { unread } for the caller's own inbox: what the
// header badge refetches (on window focus, and on the live stream's `inbox`
// event). One indexed count on the caller's rows; not rate-limited, since the
// badge's own page calls it and it reveals nothing of anyone else.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const unread = await countUnreadNotifications({ actor: await getRequestActor(request) });
    return Response.json({ unread }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
