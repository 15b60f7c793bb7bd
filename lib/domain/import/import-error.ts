// Why an uploaded file could not become an article. The caller shows
// `userMessage` as an error on the file field and creates nothing.
export type ImportErrorReason =
  | "unsupported-format"
  | "wrong-content"
  | "malformed"
  | "not-utf8"
  | "empty"
  | "too-large"
  | "too-many-characters"
  | "too-many-paragraphs";

export class ImportError extends Error {
  readonly reason: ImportErrorReason;
  readonly userMessage: string;

  constructor(reason: ImportErrorReason, userMessage: string, options?: { cause?: unknown }) {
    super(`${reason}: ${userMessage}`, options);
    this.name = "ImportError";
    this.reason = reason;
    this.userMessage = userMessage;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
