import "server-only";
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

// Server-side request forgery: a webhook URL makes this server send requests
// where an admin (or whoever took over an admin's session) points it. Pointed at
// 127.0.0.1, 10.x, 169.254.169.254 (cloud metadata) and the like, it would
// reach services that trust the desk's network position. So only public
// addresses are allowed, checked on every address a name resolves to, both when
// the endpoint is registered and at each connection (a name can resolve
// differently later: DNS rebinding), unless FACTDESK_WEBHOOKS_ALLOW_PRIVATE=1
// (a receiver on the same network, and the tests).

export function privateAddressesAllowed(): boolean {
  return process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE === "1";
}

/** Globally routable unicast only (ipaddr.js's ranges, IPv4-mapped IPv6 unwrapped). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

function refusal(host: string, address: string): string {
  return `${host} is ${address === host ? "" : `resolved to ${address}, `}a private or loopback address: webhooks go to public addresses only (set FACTDESK_WEBHOOKS_ALLOW_PRIVATE=1 to allow a receiver on your own network).`;
}

/** Why the desk may not send to `url`, or null when it may. Resolves the host name. */
export async function findWebhookUrlProblem(url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "Enter a full web address starting with http:// or https://.";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "Webhook addresses start with http:// or https://.";
  if (parsed.username || parsed.password) return "Leave user names and passwords out of the address; the signature authenticates the desk.";
  if (privateAddressesAllowed()) return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host) ? [host] : (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return `${host} does not resolve to an address.`;
  }
  const bad = addresses.find((address) => !isPublicAddress(address));
  return bad ? refusal(host, bad) : null;
}

/** Refuses an IP-literal host the connection would not look up (Node skips `lookup` for those). */
export function findLiteralAddressProblem(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (privateAddressesAllowed() || !ipaddr.isValid(host)) return null;
  return isPublicAddress(host) ? null : refusal(host, host);
}

/**
 * The `lookup` of every webhook connection: resolves, refuses when any address
 * is private, and connects only to the addresses it checked.
 */
export const checkedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const bad = privateAddressesAllowed() ? undefined : addresses.find((a) => !isPublicAddress(a.address));
    if (bad || addresses.length === 0) {
      const refused = Object.assign(new Error(bad ? refusal(hostname, bad.address) : `${hostname} has no address.`), { code: "EWEBHOOKADDRESS" });
      return callback(refused, "", 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};
