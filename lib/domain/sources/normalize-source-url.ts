// Two addresses for one page are one source (product.md, "Sources and evidence"):
// the same page reached with a different case of host, a default port, a
// trailing slash, a fragment or tracking parameters.
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

export function normalizeSourceUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return value.trim();
  }
  url.hash = "";
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
  if ((url.protocol === "https:" && url.port === "443") || (url.protocol === "http:" && url.port === "80")) url.port = "";
  const kept = [...url.searchParams.entries()].filter(([name]) => !TRACKING_PARAMETER.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  const path = url.pathname.replace(/\/+$/, "");
  // http and https of one page are the same page.
  return `${url.hostname}${url.port ? `:${url.port}` : ""}${path}${url.search}`;
}
