// Reads the central directory of a ZIP archive (names, sizes and where each
// entry's data is) without unpacking anything: enough to tell a .docx from
// other ZIPs. The sizes are what the archive declares, which a zip bomb lies
// about: unpack-docx.ts counts the real bytes.
export type ZipEntry = {
  name: string;
  /** As declared: only good for refusing an honest archive early. */
  unpackedBytes: number;
  packedBytes: number;
  /** 0 stored, 8 deflated; anything else is not in a .docx. */
  method: number;
  localHeaderOffset: number;
};

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const MAX_COMMENT = 0xffff;

/** Entries of the archive, or null when the bytes are not a readable ZIP. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
    const method = view.getUint16(offset + 10, true);
    const packedBytes = view.getUint32(offset + 20, true);
    const unpackedBytes = view.getUint32(offset + 24, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > view.byteLength) return null;
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    // 0xFFFFFFFF means "see the ZIP64 record": far beyond any article anyway.
    entries.push({
      name,
      unpackedBytes: unpackedBytes === 0xffffffff ? Number.POSITIVE_INFINITY : unpackedBytes,
      packedBytes,
      method,
      localHeaderOffset,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
