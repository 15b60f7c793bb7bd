// Where to send a user after sign-in. The callback comes from the query string,
// so anyone can craft it: browsers read "/\host" and "/\t/host" as "//host",
// another site. Parsing it against our own origin (as the browser will) and
// comparing origins catches every such spelling instead of a list of them.
const FALLBACK = "/";
const PLACEHOLDER_ORIGIN = "http://factdesk.invalid";
// Control characters, backslashes and whitespace have no place in a path we
// link to; browsers strip or rewrite them, which is how the tricks work.
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]/;

/** A same-origin relative path ("/articles/1?tab=a#b") for `callback`, or "/". */
export function safeRedirectPath(callback: unknown, appOrigin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof callback !== "string" || callback.length === 0 || callback.length > 2000) return FALLBACK;
  if (UNSAFE_CHARACTERS.test(callback)) return FALLBACK;
  // An absolute URL to our own origin is fine (next-auth sends those); anything
  // else must be a path starting with a single "/".
  let origin: string;
  let url: URL;
  try {
    origin = new URL(appOrigin).origin;
    url = new URL(callback, origin);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== origin) return FALLBACK;
  if (!callback.startsWith("/") && !callback.startsWith(`${origin}/`)) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Encoded slashes or backslashes in the path ("/%2F%2Fhost", "/%5Chost") are
  // harmless to us but may be decoded again by a proxy or a later redirect.
  if (!path.startsWith("/") || path.startsWith("//") || /%(2f|5c)/i.test(url.pathname)) return FALLBACK;
  return path;
}
