import "server-only";
import { db } from "@/lib/db";
import { accountKey, addressKey, describeRetry } from "@/lib/domain/auth/sign-in-throttle";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { throttlePolicy } from "./auth-policy";
import { checkSignInSecondFactor } from "./two-factor/check-sign-in-second-factor";
import { withPasswordCheckSlot } from "./password-check-slots";
import { startUserSession, type SignInClient } from "./start-user-session";
import { clearFailures, countFailure, pruneStaleCounters, readThrottleVerdict } from "./sign-in-throttle-store";
import { verifyCredentials, type VerifiedUser } from "./verify-credentials";

export type SignInResult =
  | { kind: "signed-in"; user: VerifiedUser; sessionId: string }
  // Two-factor: the password matched and the account has a second factor; no session yet.
  | { kind: "code-required" }
  | { kind: "wrong-code" };

/**
 * Sign-in: throttle, password, second factor, session. The throttle is checked
 * BEFORE bcrypt, so a locked account or address costs one indexed read and no
 * hash. Returns null for any wrong email/password (one generic message); throws
 * RATE_LIMITED when locked out or when the password checks of this instance are
 * saturated. With two-factor on, the session starts only after the code; a wrong
 * code counts as a failed attempt, so codes cannot be guessed past the throttle.
 */
export async function signInWithPassword(options: {
  email: string;
  password: string;
  /** The TOTP or recovery code, when the form has asked for it. */
  code?: string;
  client: SignInClient;
}): Promise<SignInResult | null> {
  const email = options.email.trim().toLowerCase().slice(0, 320);
  const { client } = options;
  const keys = { account: accountKey(email), address: addressKey(client.ip) };
  const verdict = await readThrottleVerdict([keys.account, keys.address], new Date());
  if (verdict.isLocked) throw tooManyAttempts(verdict.retryAfterSeconds);

  const user = await withPasswordCheckSlot(async () => {
    // Again, now that this attempt holds a slot: others may have locked the key
    // while it queued. Counting inside the slot too means attempts on one
    // instance cannot slip past the limit together.
    const current = await readThrottleVerdict([keys.account, keys.address], new Date());
    if (current.isLocked) throw tooManyAttempts(current.retryAfterSeconds);
    const verified = await verifyCredentials(email, options.password);
    if (!verified) await recordFailedSignIn({ email, client, keys });
    return verified;
  });
  if (!user) return null;
  const secondFactor = await checkSignInSecondFactor(user.id, options.code ?? "");
  if (secondFactor === "code-required") return { kind: "code-required" };
  if (secondFactor === "wrong-code") {
    await recordFailedSignIn({ email, client, keys, step: "second-factor" });
    return { kind: "wrong-code" };
  }
  const sessionId = await db.$transaction(async (tx) => {
    await clearFailures(tx, keys.account);
    return startUserSession(tx, { user, client });
  });
  return { kind: "signed-in", user, sessionId };
}

async function recordFailedSignIn(options: {
  email: string;
  client: SignInClient;
  keys: { account: string; address: string };
  step?: "password" | "second-factor";
}) {
  const { email, client, keys } = options;
  const policy = throttlePolicy();
  await db.$transaction(async (tx) => {
    const now = new Date();
    // Lock order, in every transaction that touches them: throttle rows (address,
    // then account), then the audit chain (recordAuditEvent's desk lock). Sign-in
    // success and unlock take the account row before their audit event too.
    const newLocks: { key: string; failures: number; lockedUntil: Date | null }[] = [];
    for (const [key, rule] of [[keys.address, policy.perAddress], [keys.account, policy.perAccount]] as const) {
      const { before, after } = await countFailure(tx, key, rule, now);
      const isNewLock = after.lockedUntil && !(before?.lockedUntil && before.lockedUntil > now);
      if (isNewLock) newLocks.push({ key, failures: after.failures, lockedUntil: after.lockedUntil });
    }
    await recordAuditEvent(tx, {
      actor: null, action: "auth.sign-in-failed", entityType: "sign-in", entityId: email,
      after: { ip: client.ip, userAgent: client.userAgent, ...(options.step === "second-factor" ? { step: "second-factor" } : {}) },
    });
    // The throttle event: once per lockout, not per refused attempt, so a
    // flood against a locked key adds nothing to the audit trail.
    for (const lock of newLocks) {
      await recordAuditEvent(tx, {
        actor: null, action: "auth.sign-in-throttled", entityType: "sign-in", entityId: lock.key,
        after: { failures: lock.failures, lockedUntil: lock.lockedUntil, ip: client.ip },
      });
    }
  });
  await pruneStaleCounters(new Date(), policy.perAccount);
}

function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError("RATE_LIMITED", {
    userMessage: describeRetry(retryAfterSeconds),
    details: { retryAfterSeconds, reason: "locked" },
  });
}
