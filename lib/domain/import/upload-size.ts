// The upload size limit and its message, on their own so the import forms can
// check a chosen file in the browser. They must: a file over Next's server
// action body limit (next.config.js, a little above this one) is cut off
// before our code runs, and the user would see a crash instead of this message.
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (!Number.isFinite(bytes)) return "more than 4 GB";
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** "6.2 MB; the limit is 5 MB", or "just over 5 MB, the limit" when they round alike. */
export function describeSize(size: number, limit: number): string {
  const sizeText = formatBytes(size);
  const limitText = formatBytes(limit);
  return sizeText === limitText ? `just over ${limitText}, the limit` : `${sizeText}; the limit is ${limitText}`;
}

/** The message for a file too large to upload, or null when it is not. */
export function uploadTooLargeMessage(byteLength: number): string | null {
  return byteLength > MAX_UPLOAD_BYTES ? `The file is ${describeSize(byteLength, MAX_UPLOAD_BYTES)}.` : null;
}
