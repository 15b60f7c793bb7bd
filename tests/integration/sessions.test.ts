// Issue 11 item 1: server-side sessions. Each test signs in through the real
// sign-in use case and resolves the JWT's claims the way every request does.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { endSignedOutSession } from "@/lib/server/auth/end-signed-out-session";
import { findSessionActor } from "@/lib/server/auth/find-session-actor";
import { endOtherSessions } from "@/lib/server/users/end-other-sessions";
import { endUserSession } from "@/lib/server/users/end-user-session";
import { listUserSessions } from "@/lib/server/users/list-user-sessions";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { makeUser } from "../support/factories";
import { signInSession } from "../support/session-factories";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function actorOf(session: Awaited<ReturnType<typeof signInSession>>) {
  const actor = await findSessionActor(session);
  if (!actor) throw new Error("session not live");
  return actor;
}

describe("sign-out", () => {
  it("revokes the session record, so a copied token no longer resolves an actor", async () => {
    const user = await makeUser("editor");
    const copied = await signInSession(user);
    expect(await findSessionActor(copied)).toMatchObject({ id: user.id, sessionId: copied.sessionId });
    const mark = await markAuditEvents();
    await endSignedOutSession({ userId: copied.userId, sessionId: copied.sessionId });
    expect(await findSessionActor(copied)).toBeNull();
    const record = await db.userSession.findUniqueOrThrow({ where: { id: copied.sessionId } });
    expect(record).toMatchObject({ revokedReason: "sign-out", revokedAt: expect.any(Date) });
    expect((await auditEventsSince(mark)).map((event) => [event.action, event.entityId, event.actorId]))
      .toEqual([["auth.sign-out", copied.sessionId, user.id]]);
  });

  it("does nothing for a token naming someone else's session", async () => {
    const user = await makeUser("editor");
    const other = await makeUser("editor");
    const session = await signInSession(user);
    await endSignedOutSession({ userId: other.id, sessionId: session.sessionId });
    expect(await findSessionActor(session)).not.toBeNull();
    // Nor does a token resolve with another user's session id in it.
    expect(await findSessionActor({ ...session, userId: other.id })).toBeNull();
  });
});

describe("expiry", () => {
  it("ends a session after the idle timeout without requests", async () => {
    const session = await signInSession(await makeUser("editor"));
    await db.userSession.update({ where: { id: session.sessionId }, data: { lastSeenAt: minutesAgo(59) } });
    expect(await findSessionActor(session)).not.toBeNull();
    await db.userSession.update({ where: { id: session.sessionId }, data: { lastSeenAt: minutesAgo(61) } });
    expect(await findSessionActor(session)).toBeNull();
  });

  it("ends a session at its absolute lifetime even while it is in use", async () => {
    const session = await signInSession(await makeUser("editor"));
    const record = await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBe(12 * 3_600_000);
    await db.userSession.update({ where: { id: session.sessionId }, data: { expiresAt: minutesAgo(0.1), lastSeenAt: new Date() } });
    expect(await findSessionActor(session)).toBeNull();
  });

  it("moves lastSeenAt at most once a minute", async () => {
    const session = await signInSession(await makeUser("editor"));
    const fresh = minutesAgo(0.5);
    await db.userSession.update({ where: { id: session.sessionId }, data: { lastSeenAt: fresh } });
    await findSessionActor(session);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).lastSeenAt).toEqual(fresh);
    await db.userSession.update({ where: { id: session.sessionId }, data: { lastSeenAt: minutesAgo(2) } });
    await findSessionActor(session);
    const touched = (await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).lastSeenAt;
    expect(Date.now() - touched.getTime()).toBeLessThan(5_000);
  });
});

describe("a user's own sessions", () => {
  it("lists live sessions with device and address, and ending one leaves the others", async () => {
    const user = await makeUser("editor");
    const laptop = await signInSession(user);
    const phone = await signInSession(user, { ip: "203.0.113.7", userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1" });
    const actor = await actorOf(laptop);
    const listed = (await listUserSessions({ actor })).sessions;
    expect(listed.map((s) => [s.id, s.isCurrent])).toEqual(expect.arrayContaining([[laptop.sessionId, true], [phone.sessionId, false]]));
    expect(listed.find((s) => s.id === phone.sessionId)).toMatchObject({ device: "Safari on iOS", ip: "203.0.113.7" });

    await endUserSession({ actor, input: { sessionId: phone.sessionId } });
    expect(await findSessionActor(phone)).toBeNull();
    expect(await findSessionActor(laptop)).not.toBeNull();
    expect((await listUserSessions({ actor })).sessions.map((s) => s.id)).toEqual([laptop.sessionId]);
  });

  it("ends all other sessions and keeps this one", async () => {
    const user = await makeUser("viewer");
    const [current, second, third] = [await signInSession(user), await signInSession(user), await signInSession(user)];
    expect(await endOtherSessions({ actor: await actorOf(current) })).toEqual({ ended: 2 });
    expect(await findSessionActor(current)).not.toBeNull();
    expect(await findSessionActor(second)).toBeNull();
    expect(await findSessionActor(third)).toBeNull();
  });

  it("cannot see or end another user's session", async () => {
    const user = await makeUser("editor");
    const victim = await signInSession(await makeUser("editor"));
    const actor = await actorOf(await signInSession(user));
    await expect(endUserSession({ actor, input: { sessionId: victim.sessionId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listUserSessions({ actor, userId: victim.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await findSessionActor(victim)).not.toBeNull();
  });
});

describe("housekeeping", () => {
  it("deletes a user's records that ended a month ago when they next sign in", async () => {
    const user = await makeUser("editor");
    const old = await signInSession(user);
    const recent = await signInSession(user);
    await db.userSession.update({ where: { id: old.sessionId }, data: { expiresAt: minutesAgo(31 * 24 * 60) } });
    await db.userSession.update({ where: { id: recent.sessionId }, data: { revokedAt: minutesAgo(60) } });
    await signInSession(user);
    const ids = (await db.userSession.findMany({ where: { userId: user.id } })).map((record) => record.id);
    expect(ids).not.toContain(old.sessionId);
    expect(ids).toContain(recent.sessionId);
  });
});

describe("admins", () => {
  it("end one session of a user, or all of them with 'sign out everywhere'", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("editor");
    const [first, second, third] = [await signInSession(user), await signInSession(user), await signInSession(user)];
    expect((await listUserSessions({ actor: admin, userId: user.id })).sessions.map((s) => s.id).sort())
      .toEqual([first.sessionId, second.sessionId, third.sessionId].sort());

    await endUserSession({ actor: admin, input: { sessionId: first.sessionId } });
    expect(await findSessionActor(first)).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: first.sessionId } })).revokedReason).toBe("ended-by-admin");

    await signOutEverywhere({ actor: admin, userId: user.id });
    const records = await db.userSession.findMany({ where: { userId: user.id } });
    expect(records.every((record) => record.revokedAt)).toBe(true);
    expect(records.filter((record) => record.revokedReason === "sign-out-everywhere")).toHaveLength(2);
    // The version check stays: a token from before is refused even if its record were somehow live.
    await db.userSession.update({ where: { id: second.sessionId }, data: { revokedAt: null } });
    expect(await findSessionActor(second)).toBeNull();
  });
});
