// One-time recovery codes: 80 random bits each, shown once, stored as SHA-256.
// A fast hash is enough here (unlike passwords) because the input is not
// guessable: 2^80 candidates cannot be searched offline, and a deterministic
// hash lets sign-in find the code by an indexed lookup instead of comparing
// ten bcrypt hashes one after another.
import { randomBytes } from "node:crypto";
import { sha256Hex } from "@/lib/domain/hashing";

export const RECOVERY_CODE_COUNT = 10;
// Crockford-style base32 without I, L, O, U: nothing to misread on paper.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 16; // 16 × 5 bits = 80 bits

/** `count` fresh codes, formatted XXXX-XXXX-XXXX-XXXX for reading aloud or typing. */
export function createRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    // 16 bytes, 5 bits used from each: every character is uniform over 32 symbols.
    const symbols = [...randomBytes(CODE_LENGTH)].map((byte) => ALPHABET[byte & 31]).join("");
    return symbols.match(/.{4}/g)!.join("-");
  });
}

/** What the user typed, reduced to the code's symbols: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

export function isRecoveryCodeShape(input: string): boolean {
  const normalized = normalizeRecoveryCode(input);
  return normalized.length === CODE_LENGTH && [...normalized].every((symbol) => ALPHABET.includes(symbol));
}

export function hashRecoveryCode(input: string): string {
  return sha256Hex(`factdesk-recovery:${normalizeRecoveryCode(input)}`);
}
