import "server-only";
import type { SessionPolicy } from "@/lib/domain/auth/session-policy";
import type { ThrottlePolicy } from "@/lib/domain/auth/sign-in-throttle";

// Read on every call, not at import: an operator's change applies on restart,
// and tests can set them per case. Documented in the README's configuration table.
function positiveNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function sessionPolicy(): SessionPolicy {
  return {
    idleMinutes: positiveNumber("FACTDESK_SESSION_IDLE_MINUTES", 60),
    maxHours: positiveNumber("FACTDESK_SESSION_MAX_HOURS", 12),
  };
}

export function throttlePolicy(): ThrottlePolicy {
  const windowMinutes = positiveNumber("FACTDESK_LOGIN_WINDOW_MINUTES", 15);
  const lockoutMinutes = positiveNumber("FACTDESK_LOGIN_LOCKOUT_MINUTES", 15);
  return {
    perAccount: { maxFailures: positiveNumber("FACTDESK_LOGIN_MAX_FAILURES", 5), windowMinutes, lockoutMinutes },
    perAddress: { maxFailures: positiveNumber("FACTDESK_LOGIN_MAX_FAILURES_PER_IP", 20), windowMinutes, lockoutMinutes },
  };
}

export function passwordCheckLimits(): { concurrency: number; queue: number } {
  return {
    // One: bcryptjs runs on the event loop, so a second concurrent check adds no
    // throughput, only latency for everyone else.
    concurrency: positiveNumber("FACTDESK_PASSWORD_CHECKS", 1),
    queue: positiveNumber("FACTDESK_PASSWORD_CHECK_QUEUE", 8),
  };
}
