import "server-only";
import { decodeSignInRefusal } from "./sign-in-refusal";

/**
 * next-auth answers every refused sign-in with 401 and the reason in a URL. A
 * throttled one becomes 429 with `Retry-After` here, so API clients (and the
 * tester's script) see the standard signal; the body stays next-auth's, so its
 * browser client still reads the reason.
 */
export async function withThrottleStatus(response: Response): Promise<Response> {
  const location = response.headers.get("Location");
  const url = location ?? (response.headers.get("Content-Type")?.includes("json") ? await readUrl(response) : null);
  const refusal = url ? decodeSignInRefusal(new URL(url, "http://x").searchParams.get("error")) : null;
  if (!refusal) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(refusal.retryAfterSeconds));
  // A redirect (a form post without json=true) must stay a redirect to be followed.
  return new Response(response.body, { status: location ? response.status : 429, headers });
}

async function readUrl(response: Response): Promise<string | null> {
  try {
    const body = (await response.clone().json()) as { url?: unknown };
    return typeof body.url === "string" ? body.url : null;
  } catch {
    return null;
  }
}
