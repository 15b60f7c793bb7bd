// Evidence files are typed by their first bytes, never by the name or the MIME
// type the browser sends (product.md, "Sources and evidence"): a file that says
// it is a PDF but is a script is refused, and every download says what it is.
import { sniffContent } from "../import/sniff-content";

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const MAX_EXCERPT_CHARACTERS = 20_000;

export type EvidenceType = { contentType: string; label: string; extension: string };

const TYPES = {
  pdf: { contentType: "application/pdf", label: "PDF", extension: "pdf" },
  png: { contentType: "image/png", label: "PNG image", extension: "png" },
  jpeg: { contentType: "image/jpeg", label: "JPEG image", extension: "jpg" },
  gif: { contentType: "image/gif", label: "GIF image", extension: "gif" },
  webp: { contentType: "image/webp", label: "WebP image", extension: "webp" },
  html: { contentType: "text/html", label: "saved web page", extension: "html" },
} as const satisfies Record<string, EvidenceType>;

export const EXCERPT_TYPE: EvidenceType = { contentType: "text/plain", label: "excerpt", extension: "txt" };

export const ACCEPTED_EVIDENCE = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.html,.htm";

/** The type of an evidence file by its bytes, or null when it is none of the accepted kinds. */
export function sniffEvidence(bytes: Uint8Array): EvidenceType | null {
  const kind = sniffContent(bytes);
  if (kind === "pdf" || kind === "png" || kind === "jpeg" || kind === "gif") return TYPES[kind];
  if (isWebp(bytes)) return TYPES.webp;
  if (kind === "text" && looksLikeHtml(bytes)) return TYPES.html;
  return null;
}

function isWebp(bytes: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  return bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP";
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, "").trimStart();
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|!--)/i.test(start);
}
