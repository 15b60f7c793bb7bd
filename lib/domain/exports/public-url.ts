// The public address of the desk's fact-checks: where a reader (and Google)
// finds them. ClaimReview `url` must be on the page that hosts the review, so it
// can never be the app's own address, a localhost or a private network address.

const PRIVATE_HOST = [
  /^localhost$/i, /\.localhost$/i, /\.local$/i, /\.internal$/i,
  /^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./,
  /^\[?::1\]?$/, /^\[?f[cd][0-9a-f]{2}:/i, /^\[?fe80:/i,
];

/** Why `value` cannot be the public address of fact-checks, or null when it can. */
export function findPublicUrlProblem(value: string, appOrigin: string | null): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter a full web address starting with https://.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "Enter a full web address starting with https://.";
  if (!url.hostname.includes(".") || PRIVATE_HOST.some((pattern) => pattern.test(url.hostname))) {
    return "Use the public address readers see, not a local or private one.";
  }
  if (appOrigin && url.origin === safeOrigin(appOrigin)) {
    return "Use the address where your fact-checks are published, not this app's address.";
  }
  return null;
}

/** The page of one article's fact-check: `<base>/<article slug>`, one anchor per claim. */
export function factCheckPageUrl(base: string, slug: string, claimId: string): string {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/${encodeURIComponent(slug)}`;
  url.hash = `claim-${claimId}`;
  return url.toString();
}

function safeOrigin(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}
