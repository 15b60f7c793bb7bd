// Turns the bytes of a text file into a string: UTF-8 (with or without BOM), or
// UTF-16 with a BOM as Windows' Notepad writes it. Anything else is refused
// rather than guessed, since a wrong guess garbles the very words being checked.
import { ImportError } from "./import-error";

export function decodeText(bytes: Uint8Array, fallbackEncoding?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith("utf-16be", bytes.subarray(2));
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch (error) {
    if (fallbackEncoding && !hasUtf8Bom) {
      const decoded = tryDecodeWith(fallbackEncoding, body);
      if (decoded !== null) return decoded;
    }
    throw new ImportError(
      "not-utf8",
      "The file is not valid UTF-8 text. Save it as UTF-8 (in most editors: Save As → Encoding: UTF-8) and upload it again.",
      { cause: error },
    );
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw new ImportError("not-utf8", `The file says it is ${encoding.toUpperCase()} text but is not.`, { cause: error });
  }
}

function tryDecodeWith(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null; // unknown label or invalid bytes for it
  }
}

/** The charset an HTML file declares in its first bytes (<meta charset> or http-equiv). */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}
