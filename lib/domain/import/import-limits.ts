// Limits on uploaded articles. Characters match what the paste form accepts.
import { MAX_ARTICLE_CHARACTERS } from "../../schemas/article";
import { ImportError } from "./import-error";
import { describeSize, formatBytes, MAX_UPLOAD_BYTES, uploadTooLargeMessage } from "./upload-size";

export { formatBytes } from "./upload-size";

export const IMPORT_LIMITS = {
  /** Size of the uploaded file. */
  maxBytes: MAX_UPLOAD_BYTES,
  /** Unpacked size of a .docx (its XML can be many times the zip): guards against zip bombs. */
  maxUnpackedBytes: 50 * 1024 * 1024,
  /** Characters of the article text after normalisation. */
  maxCharacters: MAX_ARTICLE_CHARACTERS,
  maxParagraphs: 2_000,
} as const;

const formatCount = (value: number) => value.toLocaleString("en");

export function assertFileSize(byteLength: number): void {
  const message = uploadTooLargeMessage(byteLength);
  if (message) throw new ImportError("too-large", message);
}

export function assertUnpackedSize(byteLength: number): void {
  if (byteLength > IMPORT_LIMITS.maxUnpackedBytes) {
    throw new ImportError(
      "too-large",
      `The document unpacks to ${describeSize(byteLength, IMPORT_LIMITS.maxUnpackedBytes)}.`,
    );
  }
}

/** For an archive found to unpack past the limit while unpacking it (see unpack-docx.ts). */
export function unpackedTooLarge(limit: number = IMPORT_LIMITS.maxUnpackedBytes): ImportError {
  return new ImportError("too-large", `The document unpacks to more than ${formatBytes(limit)}, the limit.`);
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
