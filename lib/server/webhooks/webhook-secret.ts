import "server-only";
import { randomBytes } from "node:crypto";
import { openText, sealText } from "@/lib/server/auth/two-factor/secret-box";

// A webhook's signing secret must come back for every signature (HMAC needs the
// secret itself, unlike a token check, which a hash serves), so it is kept
// encrypted under a key from AUTH_SECRET, bound to its endpoint's id, and shown
// to the admin only in the response that creates it.
const PURPOSE = "webhook-secret";

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export function sealWebhookSecret(secret: string, endpointId: string): string {
  return sealText(secret, PURPOSE, endpointId);
}

/** The secret, or null when it cannot be opened (AUTH_SECRET changed since it was made). */
export function openWebhookSecret(sealed: string, endpointId: string): string | null {
  return openText(sealed, PURPOSE, endpointId);
}
