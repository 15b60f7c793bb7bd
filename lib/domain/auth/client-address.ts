// The client address for per-address throttling and the session list. Behind a
// reverse proxy the nearest proxy appends the real address at the END of
// X-Forwarded-For (earlier entries are whatever the client sent); `next start`
// fills the header with the socket address only when it is absent.
export function clientAddressFrom(forwardedFor: string | null | undefined): string {
  const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const last = entries.at(-1) ?? "";
  return last.replace(/^::ffff:/, "").slice(0, 64) || "unknown";
}

/** "Firefox on Linux": enough to tell one's own devices apart in a list. */
export function describeUserAgent(userAgent: string): string {
  const browser =
    /Edg\//.test(userAgent) ? "Edge"
    : /Firefox\//.test(userAgent) ? "Firefox"
    : /Chrom(e|ium)\//.test(userAgent) ? "Chrome"
    : /Safari\//.test(userAgent) ? "Safari"
    : /curl\//i.test(userAgent) ? "curl"
    : null;
  const system =
    /Android/.test(userAgent) ? "Android"
    : /iPhone|iPad/.test(userAgent) ? "iOS"
    : /Windows/.test(userAgent) ? "Windows"
    : /Mac OS X|Macintosh/.test(userAgent) ? "macOS"
    : /Linux/.test(userAgent) ? "Linux"
    : null;
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "Unknown device";
}
