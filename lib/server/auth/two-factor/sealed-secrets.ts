import "server-only";
import { openText, sealText } from "./secret-box";

// A secret being enrolled travels in the form, sealed, rather than being saved
// when the page is shown: viewing the page writes nothing, two open tabs do not
// overwrite each other, and an abandoned enrolment leaves no half-set secret.
const PURPOSE = "pending-enrolment";
const LIFETIME_MS = 15 * 60 * 1000;

export function sealPendingSecret(userId: string, secret: string, now = new Date()): string {
  return sealText(JSON.stringify({ secret, expiresAt: now.getTime() + LIFETIME_MS }), PURPOSE, userId);
}

/** The secret the user is enrolling, or null if the token is not theirs, altered or older than 15 minutes. */
export function openPendingSecret(userId: string, sealed: string, now = new Date()): string | null {
  const json = openText(sealed, PURPOSE, userId);
  if (!json) return null;
  const { secret, expiresAt } = JSON.parse(json) as { secret: string; expiresAt: number };
  return expiresAt > now.getTime() ? secret : null;
}

const STORED_PURPOSE = "totp-secret";

export function sealStoredSecret(userId: string, secret: string): string {
  return sealText(secret, STORED_PURPOSE, userId);
}

export function openStoredSecret(userId: string, sealed: string): string | null {
  return openText(sealed, STORED_PURPOSE, userId);
}
