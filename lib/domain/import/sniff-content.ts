// What the first bytes of a file say it is, whatever its name claims.
export type SniffedKind =
  | "zip"
  | "pdf"
  | "ole"
  | "rtf"
  | "png"
  | "jpeg"
  | "gif"
  | "gzip"
  | "7z"
  | "rar"
  | "elf"
  | "binary"
  | "text";

const SIGNATURES: { kind: SniffedKind; bytes: number[] }[] = [
  { kind: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "zip", bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty archive
  { kind: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: "ole", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // .doc, encrypted .docx
  { kind: "rtf", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { kind: "png", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: "jpeg", bytes: [0xff, 0xd8, 0xff] },
  { kind: "gif", bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] }, // GIF87a
  { kind: "gif", bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] }, // GIF89a
  { kind: "gzip", bytes: [0x1f, 0x8b] },
  { kind: "7z", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: "rar", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { kind: "elf", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  // Programs, media and most other formats hold NUL bytes: caught as "binary".
];

export const KIND_NAMES: Record<SniffedKind, string> = {
  zip: "a ZIP archive",
  pdf: "a PDF",
  ole: "an old-style Word document (.doc) or a password-protected file",
  rtf: "a Rich Text (.rtf) document",
  png: "a PNG image",
  jpeg: "a JPEG image",
  gif: "a GIF image",
  gzip: "a compressed (gzip) file",
  "7z": "a 7-Zip archive",
  rar: "a RAR archive",
  elf: "a program",
  binary: "a binary file",
  text: "text",
};

// Text never contains NUL or most C0 control characters; a few in the first
// 8 KB mean binary data (tab, line feed, form feed, carriage return and escape
// are allowed).
const SAMPLE_BYTES = 8192;

export function sniffContent(bytes: Uint8Array): SniffedKind {
  const signature = SIGNATURES.find(({ bytes: expected }) => expected.every((byte, i) => bytes[i] === byte));
  if (signature) return signature.kind;
  if (hasUtf16Bom(bytes)) return "text";
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return "binary";
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  return controls > Math.max(2, sample.length / 100) ? "binary" : "text";
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
