// Unpacks a .docx ourselves, counting the bytes as they really come out, and
// hands mammoth a copy with every entry stored uncompressed. The sizes in a
// ZIP's headers are whatever its maker wrote: a 100 KB file can declare 1 KB
// and inflate to gigabytes, and mammoth (JSZip) would inflate it all before
// we saw a byte. node:zlib's maxOutputLength stops each inflate at the bytes
// still allowed, so memory never grows past the limit. (node:zlib rather than
// a streaming library: it is built in, and the cap is all we need from it.)
import { crc32, inflateRawSync } from "node:zlib";
import { ImportError } from "./import-error";
import { IMPORT_LIMITS, unpackedTooLarge } from "./import-limits";
import type { ZipEntry } from "./zip-directory";

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Far more than any Word document has; each entry costs headers and a loop. */
const MAX_ENTRIES = 2_000;

export type UnpackedEntry = { name: string; data: Uint8Array };

const damaged = () => new ImportError("malformed", "The .docx file is damaged: it could not be opened as a Word document.");

/** Every entry's real content; throws "too-large" as soon as the total passes the limit. */
export function unpackZipEntries(bytes: Uint8Array, entries: ZipEntry[], limit: number = IMPORT_LIMITS.maxUnpackedBytes): UnpackedEntry[] {
  if (entries.length > MAX_ENTRIES) throw damaged();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unpacked: UnpackedEntry[] = [];
  let total = 0;
  for (const entry of entries) {
    const packed = packedData(bytes, view, entry);
    const data = entry.method === STORED ? packed : inflateAtMost(packed, limit - total);
    total += data?.byteLength ?? Number.POSITIVE_INFINITY;
    // No need to inflate the rest to say by how much it is too large.
    if (!data || total > limit) throw unpackedTooLarge(limit);
    unpacked.push({ name: entry.name, data });
  }
  return unpacked;
}

function packedData(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (entry.method !== STORED && entry.method !== DEFLATED) throw damaged();
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.packedBytes;
  if (end > bytes.byteLength) throw damaged();
  return bytes.subarray(start, end);
}

/** The inflated entry, or null when it would come to more than `allowed` bytes. */
function inflateAtMost(packed: Uint8Array, allowed: number): Uint8Array | null {
  try {
    // zlib stops and throws once the output would pass maxOutputLength (at least 1).
    return inflateRawSync(packed, { maxOutputLength: Math.max(allowed, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw damaged();
  }
}

/** A ZIP of `entries`, all stored: JSZip (in mammoth) copies them instead of inflating. */
export function storeZip(entries: UnpackedEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = encoder.encode(name);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL_HEADER, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // names are UTF-8
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.byteLength, true);
    lv.setUint32(22, data.byteLength, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.byteLength, true);
    cv.setUint32(24, data.byteLength, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.byteLength;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
