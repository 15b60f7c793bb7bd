import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Encryption at rest for TOTP secrets and the pending enrolment token, written
// against node:crypto directly: it is the well-kept library here (OpenSSL's
// AES-256-GCM and HKDF), and a wrapper package would add a dependency for ten
// lines. The key is derived from AUTH_SECRET, which every app instance already
// shares, so no new secret needs distributing; a database dump alone does not
// reveal anyone's second factor.
const VERSION = "v1";

function deriveKey(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: two-factor secrets cannot be encrypted.");
  return Buffer.from(hkdfSync("sha256", secret, "factdesk-two-factor", purpose, 32));
}

/**
 * Encrypts `plaintext`. `purpose` picks the key and `context` (a user id) is
 * authenticated with it: a ciphertext copied to another user's row, or used
 * for another purpose, fails to open.
 */
export function sealText(plaintext: string, purpose: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(purpose), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The plaintext, or null when `sealed` was tampered with, is for another context, or is not ours. */
export function openText(sealed: string, purpose: string, context: string): string | null {
  const [version, iv, tag, body, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !body || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", deriveKey(purpose), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
