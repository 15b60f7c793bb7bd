import { describe, expect, it } from "vitest";
import { checkThrottle, describeRetry, recordFailure, strictestVerdict, type ThrottleCounter } from "./sign-in-throttle";

const rule = { maxFailures: 3, windowMinutes: 15, lockoutMinutes: 10 };
const t0 = new Date("2026-12-01T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function failTimes(times: Date[]): ThrottleCounter | null {
  let counter: ThrottleCounter | null = null;
  for (const time of times) counter = recordFailure(counter, time, rule);
  return counter;
}

describe("sign-in throttle", () => {
  it("locks a key when failures reach the limit within the window", () => {
    const counter = failTimes([at(0), at(1), at(2)]);
    expect(counter?.lockedUntil).toEqual(at(12));
    expect(checkThrottle(counter, at(3))).toEqual({ isLocked: true, retryAfterSeconds: 540 });
  });

  it("does not lock below the limit", () => {
    expect(checkThrottle(failTimes([at(0), at(1)]), at(2))).toEqual({ isLocked: false });
  });

  it("starts a new window once the old one is over", () => {
    const counter = failTimes([at(0), at(1), at(16)]);
    expect(counter).toMatchObject({ failures: 1, windowStart: at(16), lockedUntil: null });
  });

  it("unlocks when the lockout ends, and the next failure counts from one", () => {
    const locked = failTimes([at(0), at(1), at(2)]);
    expect(checkThrottle(locked, at(12))).toEqual({ isLocked: false });
    expect(recordFailure(locked, at(12), rule)).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("waits for the strictest of several keys", () => {
    expect(strictestVerdict([{ isLocked: false }, { isLocked: true, retryAfterSeconds: 30 }, { isLocked: true, retryAfterSeconds: 90 }]))
      .toEqual({ isLocked: true, retryAfterSeconds: 90 });
    expect(strictestVerdict([{ isLocked: false }])).toEqual({ isLocked: false });
  });

  it("says how long to wait in whole minutes, rounded up", () => {
    expect(describeRetry(540)).toBe("Too many attempts; try again in 9 minutes.");
    expect(describeRetry(5)).toBe("Too many attempts; try again in 1 minute.");
  });
});
