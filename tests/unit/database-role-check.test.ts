import { describe, expect, it } from "vitest";
import { judgeDatabaseRole, type RoleFacts } from "../../scripts/lib/database-role-check";

const APP_ROLE: RoleFacts = {
  role: "factdesk_app",
  isSuperuser: false,
  ownsAuditTable: false,
  auditPrivileges: [],
  canSetReplicationRole: false,
};

describe("judgeDatabaseRole", () => {
  it("accepts a role that can only read and append to the audit trail", () => {
    expect(judgeDatabaseRole(APP_ROLE, { isOwnerRoleAllowed: false })).toEqual({ kind: "ok" });
  });

  it.each<[string, Partial<RoleFacts>, string]>([
    ["a superuser", { isSuperuser: true, canSetReplicationRole: true }, "it is a superuser, may set session_replication_role"],
    ["the owner", { ownsAuditTable: true }, 'it owns "AuditEvent"'],
    ["a role granted UPDATE and TRUNCATE", { auditPrivileges: ["UPDATE", "TRUNCATE"] }, 'it may UPDATE, TRUNCATE "AuditEvent"'],
    ["a role granted TRIGGER", { auditPrivileges: ["TRIGGER"] }, 'it may TRIGGER "AuditEvent"'],
    ["a role granted SET session_replication_role", { canSetReplicationRole: true }, "it may set session_replication_role"],
  ])("refuses %s in one sentence naming the fix", (_who, facts, powers) => {
    const verdict = judgeDatabaseRole({ ...APP_ROLE, role: "postgres", ...facts }, { isOwnerRoleAllowed: false });
    expect(verdict).toEqual({
      kind: "refuse",
      message: `DATABASE_URL connects as "postgres", which can rewrite the audit trail (${powers}): set DATABASE_URL to the app role and DATABASE_OWNER_URL to the owner role (README, "Database roles"), or set FACTDESK_ALLOW_OWNER_ROLE=1 to run anyway.`,
    });
  });

  it("only warns when FACTDESK_ALLOW_OWNER_ROLE=1", () => {
    const verdict = judgeDatabaseRole({ ...APP_ROLE, ownsAuditTable: true }, { isOwnerRoleAllowed: true });
    expect(verdict).toEqual({
      kind: "warn",
      message: 'WARNING: DATABASE_URL connects as "factdesk_app", which can rewrite the audit trail (it owns "AuditEvent"); running anyway because FACTDESK_ALLOW_OWNER_ROLE=1.',
    });
  });
});
