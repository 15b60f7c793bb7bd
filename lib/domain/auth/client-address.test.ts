import { describe, expect, it } from "vitest";
import { clientAddressFrom, describeUserAgent } from "./client-address";

describe("client address", () => {
  it("takes the entry the nearest proxy appended, not what the client claimed", () => {
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddressFrom("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(clientAddressFrom(undefined)).toBe("unknown");
  });
});

describe("device names", () => {
  it("names browser and system", () => {
    expect(describeUserAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36")).toBe("Chrome on Linux");
    expect(describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Gecko/20100101 Firefox/133.0")).toBe("Firefox on macOS");
    expect(describeUserAgent("")).toBe("Unknown device");
  });
});
