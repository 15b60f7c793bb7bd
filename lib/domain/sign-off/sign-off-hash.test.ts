import { describe, expect, it } from "vitest";
import { computeSignOffHash, type SignOffHashClaim } from "./sign-off-hash";

const TEXT = "The government owns a majority 15% of Renault.\n\nNissan holds 15%.";
const claims: SignOffHashClaim[] = [
  {
    id: "b-claim",
    start: 15,
    end: 34,
    exact: "owns a majority 15%",
    restated: "The state owns a majority",
    verdict: "corrected",
    correction: "owns 15%",
    rationale: "15% is a minority",
    isOrphaned: false,
    version: 3,
    sources: [
      { sourceId: "s2", stance: "contradicts" },
      { sourceId: "s1", stance: "supports" },
    ],
  },
  {
    id: "a-claim",
    start: 48,
    end: 64,
    exact: "Nissan holds 15%",
    restated: "",
    verdict: "verified",
    correction: null,
    rationale: null,
    isOrphaned: false,
    version: 1,
    sources: [],
  },
];
const details = { headline: "Renault", byline: "Jane Doe", publication: "The Times", originalUrl: "https://news.example/a", publishedAt: new Date("2019-06-13T09:00:00Z") };
const base = { revisionText: TEXT, details, claims };

describe("computeSignOffHash", () => {
  it("is a SHA-256 hex digest, the same for the same state", () => {
    const hash = computeSignOffHash(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(computeSignOffHash(structuredClone(base))).toBe(hash);
  });

  it("does not depend on the order of claims, of sources or of object keys", () => {
    const reordered = [...claims].reverse().map((claim) => {
      const { sources, id, ...rest } = claim;
      return { sources: [...sources].reverse(), ...rest, id };
    });
    expect(computeSignOffHash({ claims: reordered, revisionText: TEXT, details })).toBe(computeSignOffHash(base));
  });

  it("changes when the text changes", () => {
    expect(computeSignOffHash({ ...base, revisionText: `${TEXT} ` })).not.toBe(computeSignOffHash(base));
  });

  const changes: [string, Partial<SignOffHashClaim>][] = [
    ["id", { id: "c-claim" }],
    ["start", { start: 14 }],
    ["end", { end: 35 }],
    ["exact", { exact: "owns a majority 15 %" }],
    ["restated", { restated: "The state owns 15%" }],
    ["verdict", { verdict: "disputed" }],
    ["correction", { correction: "owns 15.01%" }],
    ["correction to null", { correction: null }],
    ["rationale", { rationale: "15% is not a majority" }],
    ["isOrphaned", { isOrphaned: true }],
    ["version", { version: 4 }],
    ["a source id", { sources: [{ sourceId: "s3", stance: "contradicts" }, { sourceId: "s1", stance: "supports" }] }],
    ["a stance", { sources: [{ sourceId: "s2", stance: "context" }, { sourceId: "s1", stance: "supports" }] }],
    ["the sources cited", { sources: [{ sourceId: "s1", stance: "supports" }] }],
  ];
  it.each(changes)("changes when a claim's %s changes", (_field, change) => {
    const changed = { ...base, claims: [{ ...claims[0], ...change }, claims[1]] };
    expect(computeSignOffHash(changed)).not.toBe(computeSignOffHash(base));
  });

  it("changes when a claim is added or removed", () => {
    expect(computeSignOffHash({ ...base, claims: [claims[0]] })).not.toBe(computeSignOffHash(base));
  });

  it("keeps fields apart: moving characters between fields changes the hash", () => {
    const a = { ...base, claims: [{ ...claims[1], correction: "a", rationale: "bc" }] };
    const b = { ...base, claims: [{ ...claims[1], correction: "ab", rationale: "c" }] };
    expect(computeSignOffHash(a)).not.toBe(computeSignOffHash(b));
  });
});
