// Limits on uploaded articles. Characters match what the paste form accepts.
import { MAX_ARTICLE_CHARACTERS } from "../../schemas/article";
import { ImportError } from "./import-error";

export const IMPORT_LIMITS = {
  /** Size of the uploaded file. */
  maxBytes: 5 * 1024 * 1024,
  /** Unpacked size of a .docx (its XML can be many times the zip): guards against zip bombs. */
  maxUnpackedBytes: 50 * 1024 * 1024,
  /** Characters of the article text after normalisation. */
  maxCharacters: MAX_ARTICLE_CHARACTERS,
  maxParagraphs: 2_000,
} as const;

const formatCount = (value: number) => value.toLocaleString("en");

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (!Number.isFinite(bytes)) return "more than 4 GB";
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

export function assertFileSize(byteLength: number): void {
  if (byteLength > IMPORT_LIMITS.maxBytes) {
    throw new ImportError("too-large", `The file is ${describeSize(byteLength, IMPORT_LIMITS.maxBytes)}.`);
  }
}

export function assertUnpackedSize(byteLength: number): void {
  if (byteLength > IMPORT_LIMITS.maxUnpackedBytes) {
    throw new ImportError(
      "too-large",
      `The document unpacks to ${describeSize(byteLength, IMPORT_LIMITS.maxUnpackedBytes)}.`,
    );
  }
}

function describeSize(size: number, limit: number): string {
  const sizeText = formatBytes(size);
  const limitText = formatBytes(limit);
  return sizeText === limitText ? `just over ${limitText}, the limit` : `${sizeText}; the limit is ${limitText}`;
}

export function assertTextLimits(text: string, paragraphCount: number): void {
  if (text.length > IMPORT_LIMITS.maxCharacters) {
    throw new ImportError(
      "too-many-characters",
      `The article text is ${formatCount(text.length)} characters; the limit is ${formatCount(IMPORT_LIMITS.maxCharacters)}.`,
    );
  }
  if (paragraphCount > IMPORT_LIMITS.maxParagraphs) {
    throw new ImportError(
      "too-many-paragraphs",
      `The article has ${formatCount(paragraphCount)} paragraphs; the limit is ${formatCount(IMPORT_LIMITS.maxParagraphs)}.`,
    );
  }
}
