// The desk setting that requires two-factor sign-in for reviewers and admins:
// audited when changed, and enforced by authorize() for every use case.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { can } from "@/lib/domain/capabilities";
import { listArticles } from "@/lib/server/articles/list-articles";
import { applyTwoFactorGate } from "@/lib/server/auth/two-factor/apply-two-factor-gate";
import { disableTwoFactor } from "@/lib/server/auth/two-factor/disable-two-factor";
import { getTwoFactorStatus } from "@/lib/server/auth/two-factor/get-two-factor-status";
import { startTwoFactorEnrolment } from "@/lib/server/auth/two-factor/start-two-factor-enrolment";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";
import { updateDeskSettings } from "@/lib/server/settings/update-desk-settings";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { makeUser } from "../support/factories";
import { codeAt, ENROLLED_AT, enrolTwoFactor, later } from "../support/two-factor";

async function setRequirement(isRequired: boolean) {
  const admin = await makeUser("admin");
  const settings = await getDeskSettings();
  await updateDeskSettings({ actor: admin, input: { ...settings, requireTwoFactorForReviewers: isRequired } });
  return admin;
}

// Other files read the desk settings: leave the requirement off.
afterEach(async () => {
  await db.deskSettings.updateMany({ data: { requireTwoFactorForReviewers: false } });
});

describe("require two-factor for reviewers and admins", () => {
  it("is an admin's setting, and changing it is audited with before and after", async () => {
    const reviewer = await makeUser("reviewer");
    const settings = await getDeskSettings();
    await expect(
      updateDeskSettings({ actor: reviewer, input: { ...settings, requireTwoFactorForReviewers: true } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const mark = await markAuditEvents();
    const admin = await setRequirement(true);
    expect((await getDeskSettings()).requireTwoFactorForReviewers).toBe(true);
    const events = await auditEventsSince(mark);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "settings.update",
      actorId: admin.id,
      before: { requireTwoFactorForReviewers: false },
      after: { requireTwoFactorForReviewers: true },
    });
  });

  it("leaves the setting as it is when a caller does not send it", async () => {
    const admin = await setRequirement(true);
    const current = await getDeskSettings();
    const older = { allowSelfSignOff: current.allowSelfSignOff, organisationName: current.organisationName, organisationUrl: current.organisationUrl };
    await updateDeskSettings({ actor: admin, input: { ...older, organisationName: "Desk (renamed)" } });
    expect(await getDeskSettings()).toMatchObject({ requireTwoFactorForReviewers: true, organisationName: "Desk (renamed)" });
    await updateDeskSettings({ actor: admin, input: { ...older } });
  });

  it("lets an unenrolled reviewer or admin do nothing but enrol; editors are not covered", async () => {
    await setRequirement(true);
    const reviewer = await applyTwoFactorGate(await makeUser("reviewer"));
    const admin = await applyTwoFactorGate(await makeUser("admin"));
    const editor = await applyTwoFactorGate(await makeUser("editor"));
    expect(reviewer.mustEnrolTwoFactor).toBe(true);
    expect(admin.mustEnrolTwoFactor).toBe(true);
    expect(editor.mustEnrolTwoFactor).toBeUndefined();

    await expect(listArticles({ actor: reviewer })).rejects.toMatchObject({ code: "FORBIDDEN", userMessage: expect.stringMatching(/two-factor/) });
    expect(can(admin, "settings:manage")).toBe(false);
    await expect(listArticles({ actor: editor })).resolves.toBeDefined();
    // The enrolment use cases still answer them.
    expect(await getTwoFactorStatus({ actor: reviewer })).toMatchObject({ isEnabled: false, isRequired: true });
    await expect(startTwoFactorEnrolment({ actor: reviewer })).resolves.toMatchObject({ secret: expect.any(String) });

    await enrolTwoFactor(reviewer);
    const enrolled = await applyTwoFactorGate({ ...reviewer, mustEnrolTwoFactor: undefined });
    expect(enrolled.mustEnrolTwoFactor).toBeUndefined();
    await expect(listArticles({ actor: enrolled })).resolves.toBeDefined();
  });

  it("keeps a covered person from turning it off while the desk requires it", async () => {
    const reviewer = await makeUser("reviewer");
    const { secret } = await enrolTwoFactor(reviewer);
    await setRequirement(true);
    const now = later(ENROLLED_AT, 30);
    await expect(disableTwoFactor({ actor: reviewer, input: { code: await codeAt(secret, now, 0) }, now })).rejects.toMatchObject({
      code: "RULE_VIOLATION",
    });
    expect((await getTwoFactorStatus({ actor: reviewer })).isEnabled).toBe(true);
  });
});
