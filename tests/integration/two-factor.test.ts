// Issue 11 item 3: two-factor sign-in with TOTP and one-time recovery codes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/auth-options";
import { hashRecoveryCode } from "@/lib/domain/totp/recovery-codes";
import { SIGN_IN_CODE_REQUIRED, SIGN_IN_CODE_WRONG } from "@/lib/domain/totp/sign-in-errors";
import { generateTotpCode } from "@/lib/domain/totp/totp-codes";
import { checkSignInSecondFactor } from "@/lib/server/auth/two-factor/check-sign-in-second-factor";
import { confirmTwoFactorEnrolment } from "@/lib/server/auth/two-factor/confirm-two-factor-enrolment";
import { disableTwoFactor } from "@/lib/server/auth/two-factor/disable-two-factor";
import { getTwoFactorStatus } from "@/lib/server/auth/two-factor/get-two-factor-status";
import { startTwoFactorEnrolment } from "@/lib/server/auth/two-factor/start-two-factor-enrolment";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { makeUser, TEST_PASSWORD } from "../support/factories";
import { codeAt, ENROLLED_AT, enrolTwoFactor, later, secondsOf } from "../support/two-factor";

describe("enrolment", () => {
  it("stores nothing until a code confirms it, then keeps the secret encrypted and only hashes of the recovery codes", async () => {
    const user = await makeUser("editor");
    const mark = await markAuditEvents();
    const enrolment = await startTwoFactorEnrolment({ actor: user, now: ENROLLED_AT });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null });

    const wrong = confirmTwoFactorEnrolment({ actor: user, input: { pendingSecret: enrolment.pendingSecret, code: "000000" }, now: ENROLLED_AT });
    await expect(wrong).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { code: [expect.stringMatching(/not right/)] } });
    expect((await getTwoFactorStatus({ actor: user })).isEnabled).toBe(false);

    const code = await generateTotpCode(enrolment.secret, secondsOf(ENROLLED_AT));
    const { recoveryCodes } = await confirmTwoFactorEnrolment({ actor: user, input: { pendingSecret: enrolment.pendingSecret, code }, now: ENROLLED_AT });
    expect(recoveryCodes).toHaveLength(10);

    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpEnabledAt).toEqual(ENROLLED_AT);
    expect(stored.totpSecret).toMatch(/^v1\./);
    expect(stored.totpSecret).not.toContain(enrolment.secret);
    const rows = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows.map((row) => row.codeHash).sort()).toEqual(recoveryCodes.map(hashRecoveryCode).sort());
    expect(await getTwoFactorStatus({ actor: user })).toMatchObject({ isEnabled: true, recoveryCodesLeft: 10 });

    const events = await auditEventsSince(mark);
    expect(events.map((event) => event.action)).toEqual(["user.two-factor.enable"]);
    expect(events[0]).toMatchObject({ actorId: user.id, entityId: user.id, before: { twoFactor: false } });
    expect(JSON.stringify([events[0].before, events[0].after])).not.toContain(enrolment.secret);
  });

  it("refuses another user's set-up token and one older than 15 minutes", async () => {
    const user = await makeUser("editor");
    const other = await makeUser("editor");
    const enrolment = await startTwoFactorEnrolment({ actor: user, now: ENROLLED_AT });
    const code = await generateTotpCode(enrolment.secret, secondsOf(ENROLLED_AT));
    const asOther = confirmTwoFactorEnrolment({ actor: other, input: { pendingSecret: enrolment.pendingSecret, code }, now: ENROLLED_AT });
    await expect(asOther).rejects.toMatchObject({ code: "VALIDATION", userMessage: expect.stringMatching(/expired/) });
    const late = later(ENROLLED_AT, 16 * 60);
    const lateCode = await generateTotpCode(enrolment.secret, secondsOf(late));
    const expired = confirmTwoFactorEnrolment({ actor: user, input: { pendingSecret: enrolment.pendingSecret, code: lateCode }, now: late });
    await expect(expired).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.user.count({ where: { id: { in: [user.id, other.id] }, totpEnabledAt: { not: null } } })).toBe(0);
  });

  it("cannot enrol twice over (a second confirmation would swap the secret)", async () => {
    const user = await makeUser("editor");
    await enrolTwoFactor(user);
    await expect(startTwoFactorEnrolment({ actor: user })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the sign-in code step", () => {
  it("asks for a code, refuses a wrong one and a replayed one, accepts a fresh one", async () => {
    const user = await makeUser("editor");
    const unenrolled = await makeUser("editor");
    expect(await checkSignInSecondFactor(unenrolled.id, "")).toBe("not-enrolled");
    const { secret, enrolmentCode } = await enrolTwoFactor(user);
    const now = later(ENROLLED_AT, 30);

    expect(await checkSignInSecondFactor(user.id, "", now)).toBe("code-required");
    expect(await checkSignInSecondFactor(user.id, "123456", now)).toBe("wrong-code");
    // The code that confirmed enrolment was spent then: it cannot sign in.
    expect(await checkSignInSecondFactor(user.id, enrolmentCode, ENROLLED_AT)).toBe("wrong-code");
    const fresh = await codeAt(secret, now, 0);
    expect(await checkSignInSecondFactor(user.id, fresh, now)).toBe("accepted");
    expect(await checkSignInSecondFactor(user.id, fresh, now), "replay within its window").toBe("wrong-code");
    expect(await checkSignInSecondFactor(user.id, await codeAt(secret, now, 30), later(now, 30))).toBe("accepted");
  });

  it("accepts each recovery code once, audited, whatever the case and dashes", async () => {
    const user = await makeUser("reviewer");
    const { recoveryCodes } = await enrolTwoFactor(user);
    const mark = await markAuditEvents();
    const typed = recoveryCodes[3].toLowerCase().replaceAll("-", " ");
    expect(await checkSignInSecondFactor(user.id, typed, later(ENROLLED_AT, 60))).toBe("accepted");
    expect(await checkSignInSecondFactor(user.id, recoveryCodes[3], later(ENROLLED_AT, 90))).toBe("wrong-code");
    expect(await checkSignInSecondFactor(user.id, "ABCD-EFGH-JKMN-PQRS", later(ENROLLED_AT, 90))).toBe("wrong-code");
    const used = await db.recoveryCode.findFirstOrThrow({ where: { codeHash: hashRecoveryCode(recoveryCodes[3]) } });
    expect(used.usedAt).not.toBeNull();
    const events = await auditEventsSince(mark);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.two-factor.recovery-code-use",
      actorId: user.id,
      before: { recoveryCodesLeft: 10 },
      after: { recoveryCodesLeft: 9 },
    });
    expect(await getTwoFactorStatus({ actor: user })).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it("through next-auth's authorize(): the password alone no longer signs in", async () => {
    const user = await makeUser("editor");
    const now = new Date();
    const { secret } = await enrolTwoFactor(user, now);
    const provider = authOptions.providers[0] as unknown as {
      options: { authorize: (credentials: Record<string, string>) => Promise<unknown> };
    };
    const authorize = (code?: string) => provider.options.authorize({ email: user.email, password: TEST_PASSWORD, ...(code ? { code } : {}) });
    await expect(authorize()).rejects.toThrow(SIGN_IN_CODE_REQUIRED);
    await expect(authorize("000000")).rejects.toThrow(SIGN_IN_CODE_WRONG);
    // The next step's code: the current one was spent by the enrolment.
    await expect(authorize(await codeAt(secret, now, 30))).resolves.toMatchObject({ id: user.id });
    await expect(provider.options.authorize({ email: user.email, password: "wrong password!", code: "000000" })).resolves.toBeNull();
  });
});

describe("turning it off", () => {
  it("needs a current code, then forgets the secret and the codes, audited", async () => {
    const user = await makeUser("editor");
    const { secret } = await enrolTwoFactor(user);
    const now = later(ENROLLED_AT, 30);
    await expect(disableTwoFactor({ actor: user, input: { code: "111111" }, now })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await getTwoFactorStatus({ actor: user })).isEnabled).toBe(true);
    const mark = await markAuditEvents();
    await disableTwoFactor({ actor: user, input: { code: await codeAt(secret, now, 0) }, now });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect((await auditEventsSince(mark)).map((event) => event.action)).toEqual(["user.two-factor.disable"]);
    expect(await checkSignInSecondFactor(user.id, "")).toBe("not-enrolled");
  });

  it("is refused to an API token, even one acting as the user", async () => {
    const user = await makeUser("editor");
    const viaToken = { ...user, apiTokenId: "token-id", apiTokenName: "CMS" };
    await expect(startTwoFactorEnrolment({ actor: viaToken })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(disableTwoFactor({ actor: viaToken, input: { code: "123456" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
