// Issue 11 item 2: login defence. Failures counted in Postgres per account and
// per client address; a lockout refuses even the right password, before bcrypt.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { accountKey, addressKey } from "@/lib/domain/auth/sign-in-throttle";
import { withPasswordCheckSlot } from "@/lib/server/auth/password-check-slots";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { unlockSignIn } from "@/lib/server/users/unlock-sign-in";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { makeUser, TEST_PASSWORD } from "../support/factories";
import { newClient } from "../support/session-factories";

const WRONG = "not the password";
const ENV_KEYS = ["FACTDESK_LOGIN_MAX_FAILURES_PER_IP", "FACTDESK_PASSWORD_CHECKS", "FACTDESK_PASSWORD_CHECK_QUEUE"];
afterEach(() => {
  for (const key of ENV_KEYS) delete process.env[key];
});

async function failTimes(email: string, times: number, client = newClient()) {
  for (let i = 0; i < times; i += 1) {
    expect(await signInWithPassword({ email, password: WRONG, client })).toBeNull();
  }
  return client;
}

describe("per account", () => {
  it("refuses the right password after 5 failures, with the wait in minutes, and creates no session", async () => {
    const user = await makeUser("editor");
    await failTimes(user.email, 5);
    // Another address: the account itself is locked, not the address that failed.
    const attempt = signInWithPassword({ email: user.email, password: TEST_PASSWORD, client: newClient() });
    await expect(attempt).rejects.toMatchObject({
      code: "RATE_LIMITED",
      userMessage: "Too many attempts; try again in 15 minutes.",
      details: { retryAfterSeconds: expect.any(Number), reason: "locked" },
    });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("lets the right password in below the limit, and a success forgets the failures", async () => {
    const user = await makeUser("editor");
    const client = await failTimes(user.email, 4);
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client })).toMatchObject({ user: { id: user.id } });
    expect(await db.signInThrottle.findUnique({ where: { key: accountKey(user.email) } })).toBeNull();
  });

  it("leaves other accounts alone, even from the same address", async () => {
    const locked = await makeUser("editor");
    const other = await makeUser("editor");
    const client = await failTimes(locked.email, 5);
    expect(await signInWithPassword({ email: other.email, password: TEST_PASSWORD, client })).toMatchObject({ user: { id: other.id } });
  });

  it("locks unknown emails the same way, so a lockout reveals no account", async () => {
    await failTimes("nobody-here@test.factdesk", 5);
    await expect(signInWithPassword({ email: "Nobody-Here@test.factdesk", password: WRONG, client: newClient() }))
      .rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("is lifted by an admin, by user or by email, and recorded", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("editor");
    await failTimes(user.email, 5);
    const mark = await markAuditEvents();
    expect(await unlockSignIn({ actor: admin, input: { userId: user.id } })).toEqual({ wasLocked: true });
    expect((await auditEventsSince(mark)).map((event) => [event.action, event.entityId, event.actorId]))
      .toEqual([["sign-in.unlock", accountKey(user.email), admin.id]]);
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client: newClient() })).not.toBeNull();
    await failTimes(user.email, 5);
    expect(await unlockSignIn({ actor: admin, input: { email: user.email.toUpperCase() } })).toEqual({ wasLocked: true });
    await expect(unlockSignIn({ actor: await makeUser("reviewer"), input: { email: user.email } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("counts parallel attempts one by one: exactly the limit gets a password check", async () => {
    const user = await makeUser("editor");
    const client = newClient();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () =>
      signInWithPassword({ email: user.email, password: WRONG, client }).then(
        () => "checked",
        (error: { details?: { reason?: string } }) => error.details?.reason,
      )));
    expect(outcomes.sort()).toEqual([...Array(5).fill("checked"), ...Array(3).fill("locked")]);
    expect(await db.auditEvent.count({ where: { action: "auth.sign-in-failed", entityId: user.email } })).toBe(5);
  });
});

describe("per client address", () => {
  it("locks an address that fails across many accounts, and only that address", async () => {
    process.env.FACTDESK_LOGIN_MAX_FAILURES_PER_IP = "6";
    const users = [await makeUser("editor"), await makeUser("editor"), await makeUser("editor")];
    const client = newClient();
    for (const user of users) await failTimes(user.email, 2, client);
    const fresh = await makeUser("editor");
    await expect(signInWithPassword({ email: fresh.email, password: TEST_PASSWORD, client })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await signInWithPassword({ email: fresh.email, password: TEST_PASSWORD, client: newClient() })).not.toBeNull();
    expect(await db.signInThrottle.findUnique({ where: { key: addressKey(client.ip) } })).toMatchObject({ failures: 6 });
    expect(await unlockSignIn({ actor: await makeUser("admin"), input: { ip: client.ip } })).toEqual({ wasLocked: true });
    expect(await signInWithPassword({ email: fresh.email, password: TEST_PASSWORD, client })).not.toBeNull();
  });
});

describe("bounded password checks", () => {
  it("answers 'busy' past the queue, and a locked account is refused before it queues for bcrypt", async () => {
    process.env.FACTDESK_PASSWORD_CHECKS = "1";
    process.env.FACTDESK_PASSWORD_CHECK_QUEUE = "1";
    const locked = await makeUser("editor");
    await failTimes(locked.email, 5);
    // Hold the one slot and the one queue place, as two slow bcrypt checks would.
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const holders = [withPasswordCheckSlot(() => held), withPasswordCheckSlot(() => held)];
    const reasonOf = (attempt: Promise<unknown>) =>
      attempt.then(() => "checked", (error: { details?: { reason?: string } }) => error.details?.reason);
    try {
      expect(await reasonOf(signInWithPassword({ email: "flood@test.factdesk", password: WRONG, client: newClient() }))).toBe("busy");
      expect(await reasonOf(signInWithPassword({ email: locked.email, password: TEST_PASSWORD, client: newClient() }))).toBe("locked");
    } finally {
      // A failed expectation must not leave this process's slots held for the next tests.
      release();
      await Promise.all(holders);
    }
    expect(await reasonOf(signInWithPassword({ email: "flood@test.factdesk", password: WRONG, client: newClient() }))).toBe("checked");
  });
});

describe("housekeeping", () => {
  it("prunes counters untouched for a day, keeping recent and locked ones", async () => {
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3_600_000);
    const stillLocked = new Date(Date.now() + 600_000);
    await db.signInThrottle.createMany({
      data: [
        { key: "email:stale@test.factdesk", windowStart: twoDaysAgo, failures: 2 },
        { key: "email:stale-locked@test.factdesk", windowStart: twoDaysAgo, failures: 5, lockedUntil: stillLocked },
      ],
    });
    await failTimes("recent@test.factdesk", 1);
    const keys = (await db.signInThrottle.findMany({ where: { key: { startsWith: "email:" } } })).map((row) => row.key);
    expect(keys).not.toContain("email:stale@test.factdesk");
    expect(keys).toEqual(expect.arrayContaining(["email:stale-locked@test.factdesk", "email:recent@test.factdesk"]));
  });
});

describe("audit events", () => {
  it("records a success, each failure, and one throttle event per lockout", async () => {
    const user = await makeUser("editor");
    const client = newClient();
    const mark = await markAuditEvents();
    const result = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client });
    await failTimes(user.email, 5, client);
    await expect(signInWithPassword({ email: user.email, password: WRONG, client })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const events = await auditEventsSince(mark);
    expect(events.map((event) => event.action)).toEqual([
      "auth.sign-in",
      ...Array(5).fill("auth.sign-in-failed"),
      "auth.sign-in-throttled",
    ]);
    expect(events[0]).toMatchObject({ entityType: "session", entityId: result?.kind === "signed-in" ? result.sessionId : null, actorId: user.id });
    expect(events[1]).toMatchObject({ entityType: "sign-in", entityId: user.email, actorId: null, after: { ip: client.ip } });
    expect(events[6]).toMatchObject({ entityId: accountKey(user.email), after: { failures: 5 } });
  });
});
