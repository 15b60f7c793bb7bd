// TOTP (RFC 6238) through otplib: we never compute HMACs or base32 by hand.
// Authenticator apps only agree on SHA-1, 6 digits and 30-second steps, so
// those are the parameters; the functions take the time as an argument so tests
// can pin it.
import { generate, generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
// One step either side: a phone clock 30 seconds off, or a code typed just as
// it rolled over, still works. Wider windows only help a guesser.
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const TOTP_CODE = /^\d{6}$/;

/** A new random secret, base32 (what authenticator apps expect), 160 bits. */
export function createTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from the enrolment QR code. */
export function buildOtpauthUri(options: { issuer: string; accountName: string; secret: string }): string {
  return generateURI({ issuer: options.issuer, label: options.accountName, secret: options.secret });
}

/** Whether `code` has the shape of a TOTP code (six digits, spaces ignored). */
export function isTotpCodeShape(code: string): boolean {
  return TOTP_CODE.test(normalizeTotpCode(code));
}

export function normalizeTotpCode(code: string): string {
  return code.replace(/\s+/g, "");
}

/** The code for `secret` at `epochSeconds` (tests and the E2E fixture use it). */
export async function generateTotpCode(secret: string, epochSeconds: number): Promise<string> {
  return generate({ secret, epoch: epochSeconds });
}

export type TotpCheck = { isValid: true; timeStep: number } | { isValid: false };

/**
 * Checks `code` at `epochSeconds`. A code for a step at or before
 * `lastUsedStep` is refused: each code signs in once (replay protection).
 */
export async function checkTotpCode(options: {
  secret: string;
  code: string;
  epochSeconds: number;
  lastUsedStep?: number | null;
}): Promise<TotpCheck> {
  const token = normalizeTotpCode(options.code);
  if (!TOTP_CODE.test(token)) return { isValid: false };
  const result = await verify({
    secret: options.secret,
    token,
    epoch: options.epochSeconds,
    epochTolerance: TOLERANCE_SECONDS,
    ...(options.lastUsedStep != null ? { afterTimeStep: options.lastUsedStep } : {}),
  });
  // otplib types verify() for TOTP and HOTP together; a TOTP result carries timeStep.
  return result.valid && "timeStep" in result ? { isValid: true, timeStep: result.timeStep } : { isValid: false };
}
