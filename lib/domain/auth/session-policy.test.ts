import { describe, expect, it } from "vitest";
import { sessionExpiresAt, sessionState, shouldTouchLastSeen } from "./session-policy";

const policy = { idleMinutes: 60, maxHours: 12 };
const t0 = new Date("2026-12-01T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("session state", () => {
  const session = { lastSeenAt: t0, expiresAt: sessionExpiresAt(t0, policy), revokedAt: null };

  it("is live while used within the idle timeout and before the absolute end", () => {
    expect(sessionState(session, at(59), policy)).toBe("live");
    expect(sessionState({ ...session, lastSeenAt: at(700) }, at(719), policy)).toBe("live");
  });

  it("goes idle after the idle timeout without a request", () => {
    expect(sessionState(session, at(60), policy)).toBe("idle");
  });

  it("expires at the absolute lifetime even when in constant use", () => {
    expect(sessionState({ ...session, lastSeenAt: at(719) }, at(720), policy)).toBe("expired");
  });

  it("is revoked once revoked, whatever the times", () => {
    expect(sessionState({ ...session, revokedAt: at(1) }, at(2), policy)).toBe("revoked");
  });
});

describe("last-seen updates", () => {
  it("happen at most once a minute", () => {
    expect(shouldTouchLastSeen(t0, new Date(t0.getTime() + 59_999))).toBe(false);
    expect(shouldTouchLastSeen(t0, at(1))).toBe(true);
  });
});
