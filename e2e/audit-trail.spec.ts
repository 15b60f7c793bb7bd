import { getOwnerDb } from "./support/database";
import { createUser, expect, signIn, test } from "./support/fixtures";

test("an admin verifies the audit trail, and sees the event an owner-role attacker edited", async ({ page }) => {
  const admin = await createUser("admin");
  await signIn(page, admin);
  await page.goto("/admin/users");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit trail" }).click();
  await page.getByRole("button", { name: "Verify now" }).click();
  await expect(page.getByRole("status")).toContainText("The audit trail is intact.");

  // Edit one event with the append-only and chain triggers off, as the owner could, then put it back.
  const db = await getOwnerDb();
  const event = await db.auditEvent.findFirstOrThrow({ where: { chain: { not: "desk" } }, orderBy: { id: "asc" } });
  const tamper = (label: string) =>
    db.$transaction([
      db.$executeRawUnsafe('alter table "AuditEvent" disable trigger user'),
      db.$executeRaw`update "AuditEvent" set "actorLabel" = ${label} where id = ${event.id}`,
      db.$executeRawUnsafe('alter table "AuditEvent" enable trigger user'),
    ]);
  await tamper("someone-else@factdesk.test");
  try {
    await page.getByRole("button", { name: "Verify again" }).click();
    await expect(page.getByRole("status")).toContainText("The audit trail is NOT intact.");
    await expect(page.getByRole("status")).toContainText(`event ${event.id} (position ${event.chainSeq}`);
  } finally {
    await tamper(event.actorLabel);
  }
  await page.getByRole("button", { name: "Verify again" }).click();
  await expect(page.getByRole("status")).toContainText("The audit trail is intact.");
});
