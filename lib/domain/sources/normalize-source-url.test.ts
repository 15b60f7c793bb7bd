import { describe, expect, it } from "vitest";
import { normalizeSourceUrl } from "./normalize-source-url";

describe("normalizeSourceUrl", () => {
  it("treats addresses of one page as one", () => {
    const one = normalizeSourceUrl("https://group.renault.com/en/finance/shareholding/");
    for (const same of [
      "https://GROUP.renault.com/en/finance/shareholding",
      "http://www.group.renault.com:80/en/finance/shareholding/#top",
      "https://group.renault.com:443/en/finance/shareholding?utm_source=x&fbclid=y",
    ]) expect(normalizeSourceUrl(same), same).toBe(one);
  });

  it("keeps what makes another page: path case, other query parameters", () => {
    const base = normalizeSourceUrl("https://example.com/report?id=1");
    expect(normalizeSourceUrl("https://example.com/report?id=2")).not.toBe(base);
    expect(normalizeSourceUrl("https://example.com/Report?id=1")).not.toBe(base);
    expect(normalizeSourceUrl("https://example.com/report?b=2&a=1")).toBe(normalizeSourceUrl("https://example.com/report?a=1&b=2"));
  });
});
