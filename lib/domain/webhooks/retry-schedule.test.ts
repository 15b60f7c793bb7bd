import { describe, expect, it } from "vitest";
import { FIRST_RETRY_MS, MAX_RETRY_GAP_MS, nextAttemptAt, RETRY_FOR_MS } from "./retry-schedule";

describe("nextAttemptAt", () => {
  it("doubles from 10 seconds, at most an hour apart, and stops after a day", () => {
    const createdAt = new Date("2026-12-01T00:00:00Z");
    let now = createdAt;
    const gaps: number[] = [];
    for (let attempts = 1; ; attempts++) {
      const next = nextAttemptAt({ attempts, createdAt, now });
      if (!next) break;
      gaps.push(next.getTime() - now.getTime());
      now = next;
    }
    expect(gaps.slice(0, 4)).toEqual([FIRST_RETRY_MS, 2 * FIRST_RETRY_MS, 4 * FIRST_RETRY_MS, 8 * FIRST_RETRY_MS]);
    expect(Math.max(...gaps)).toBe(MAX_RETRY_GAP_MS);
    expect(now.getTime() - createdAt.getTime()).toBeLessThanOrEqual(RETRY_FOR_MS);
    expect(now.getTime() - createdAt.getTime()).toBeGreaterThan(RETRY_FOR_MS - MAX_RETRY_GAP_MS);
    expect(gaps.length).toBeGreaterThan(20);
  });
});
