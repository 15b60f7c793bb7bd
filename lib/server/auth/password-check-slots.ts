import "server-only";
import { AppError } from "@/lib/errors";
import { passwordCheckLimits } from "./auth-policy";

// A process-local semaphore around bcrypt. This is in-memory state on purpose,
// and not a shared rule: it bounds the CPU of THIS instance (bcryptjs runs on
// the event loop, in 100 ms slices), so a flood of sign-ins cannot starve every
// other request. Who may try how often is decided in Postgres (sign-in-throttle).
let running = 0;
const waiting: (() => void)[] = [];

export const SIGN_IN_BUSY_RETRY_SECONDS = 5;

/** Runs `work` when a slot is free; refuses at once when the queue is full. */
export async function withPasswordCheckSlot<T>(work: () => Promise<T>): Promise<T> {
  const { concurrency, queue } = passwordCheckLimits();
  if (running >= concurrency) {
    if (waiting.length >= queue) {
      throw new AppError("RATE_LIMITED", {
        userMessage: `Sign-in is busy; try again in ${SIGN_IN_BUSY_RETRY_SECONDS} seconds.`,
        details: { retryAfterSeconds: SIGN_IN_BUSY_RETRY_SECONDS, reason: "busy" },
      });
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next waiter (running stays the same), or free it.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}
