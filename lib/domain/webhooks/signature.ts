import { createHmac, timingSafeEqual } from "node:crypto";

// Factdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
// (the scheme Stripe uses): the timestamp is signed with the body, so a
// receiver can refuse a captured delivery replayed later.

export const SIGNATURE_HEADER = "Factdesk-Signature";
/** How old a signature a receiver should accept. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signWebhookBody(secret: string, rawBody: string, unixSeconds: number): string {
  const v1 = createHmac("sha256", secret).update(`${unixSeconds}.${rawBody}`).digest("hex");
  return `t=${unixSeconds},v1=${v1}`;
}

/** Whether `header` signs `rawBody` with `secret`, made within the tolerance of `nowSeconds`. */
export function verifyWebhookSignature(options: {
  header: string | null | undefined;
  rawBody: string;
  secret: string;
  nowSeconds?: number;
  toleranceSeconds?: number;
}): boolean {
  const parts = new Map(
    (options.header ?? "").split(",").map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get("t"));
  const v1 = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = createHmac("sha256", options.secret).update(`${t}.${options.rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, "hex"));
}
