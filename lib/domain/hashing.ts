import { createHash } from "node:crypto";

// node:crypto is part of the runtime, not I/O: domain code may hash.
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** SHA-256 of raw bytes (evidence files), as lowercase hex. */
export function sha256HexOfBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
