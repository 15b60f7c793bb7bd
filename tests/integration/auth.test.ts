import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SYSTEM_ACTOR } from "@/lib/domain/capabilities";
import { findSessionActor } from "@/lib/server/auth/find-session-actor";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { createUser } from "@/lib/server/users/create-user";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { makeUser, TEST_PASSWORD } from "../support/factories";
import { signInSession } from "../support/session-factories";

describe("sign-in", () => {
  it("accepts the right password and stores only a hash", async () => {
    const user = await createUser({
      actor: SYSTEM_ACTOR,
      input: { email: "New.Person@Example.org", name: "New Person", role: "editor", password: "a long passphrase" },
    });
    expect(user.email).toBe("new.person@example.org");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain("a long passphrase");
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(await verifyCredentials("new.person@example.org", "a long passphrase")).toMatchObject({ id: user.id });
  });

  it("gives the same null for a wrong password, an unknown email and a disabled user", async () => {
    const user = await makeUser("editor");
    const admin = await makeUser("admin");
    expect(await verifyCredentials(user.email, "wrong password!")).toBeNull();
    expect(await verifyCredentials("nobody@example.org", TEST_PASSWORD)).toBeNull();
    await setUserDisabled({ actor: admin, input: { userId: user.id, isDisabled: true } });
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).toBeNull();
  });
});

describe("session revocation", () => {
  it("ends existing sessions when the user is disabled", async () => {
    const user = await makeUser("editor");
    const admin = await makeUser("admin");
    const session = await signInSession(user);
    expect(await findSessionActor(session)).toMatchObject({ id: user.id, role: "editor" });
    await setUserDisabled({ actor: admin, input: { userId: user.id, isDisabled: true } });
    expect(await findSessionActor(session)).toBeNull();
    // Re-enabling does not bring the old session back: it was revoked.
    await setUserDisabled({ actor: admin, input: { userId: user.id, isDisabled: false } });
    expect(await findSessionActor(session)).toBeNull();
    expect(await findSessionActor({ ...session, sessionVersion: 1 })).toBeNull();
    expect(await findSessionActor(await signInSession(user))).not.toBeNull();
  });

  it("ends sessions on 'sign out everywhere', and only the user or an admin may ask", async () => {
    const user = await makeUser("editor");
    const other = await makeUser("editor");
    const session = await signInSession(user);
    await expect(signOutEverywhere({ actor: other, userId: user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await signOutEverywhere({ actor: user, userId: user.id });
    expect(await findSessionActor(session)).toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityId: user.id, action: "user.sign-out-everywhere" } });
    expect(events).toHaveLength(1);
  });
});

describe("user management", () => {
  it("is for admins only, and a refused call writes nothing", async () => {
    const editor = await makeUser("editor");
    const before = await db.user.count();
    await expect(
      createUser({ actor: editor, input: { email: "x@example.org", name: "X", role: "admin", password: "0123456789" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createUser({ actor: null, input: { email: "x@example.org", name: "X", role: "admin", password: "0123456789" } }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.user.count()).toBe(before);
  });

  it("rejects bad input with field errors", async () => {
    const admin = await makeUser("admin");
    await expect(
      createUser({ actor: admin, input: { email: "not-an-email", name: "", role: "boss", password: "short" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: expect.any(Array), name: expect.any(Array), role: expect.any(Array), password: expect.any(Array) },
    });
    await expect(
      createUser({ actor: admin, input: { email: "a@b.org", name: "A", role: "editor", password: "0123456789", isAdmin: true } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
