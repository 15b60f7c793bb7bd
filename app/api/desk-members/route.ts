import { getRequestActor } from "@/lib/auth/get-request-actor";
import { errorResponse } from "@/lib/http/error-response";
import { listAssignableUsers } from "@/lib/server/users/list-assignable-users";

// GET /api/desk-members — [{ id, name }] of the desk's active editors, reviewers
// and admins: what the comment box's @mention autocomplete offers (fetched once
// per page, on the first "@").
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const members = await listAssignableUsers({ actor: await getRequestActor(request) });
    return Response.json({ members }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
