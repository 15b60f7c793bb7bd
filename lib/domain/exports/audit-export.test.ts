import { describe, expect, it } from "vitest";
import { auditEventsToCsv, type AuditExportEvent } from "./audit-export";

const events: AuditExportEvent[] = [
  {
    id: "41",
    at: new Date("2026-11-20T10:15:30.123Z"),
    actorLabel: "user",
    actorName: "Ann, Editor",
    action: "claim.set-verdict",
    entityType: "claim",
    entityId: "c1",
    claimId: "c1",
    before: { verdict: "pending" },
    after: { verdict: "corrected", correction: "owns 15%" },
    reason: "=cmd|' /C calc'!A0",
  },
  {
    id: "42",
    at: new Date("2026-11-21T00:00:00Z"),
    actorLabel: "system",
    actorName: null,
    action: "article.revision",
    entityType: "article",
    entityId: "a1",
    claimId: null,
    before: null,
    after: null,
    reason: null,
  },
];

describe("auditEventsToCsv", () => {
  it("writes one quoted, formula-guarded row per event with compact JSON before/after", () => {
    const lines = auditEventsToCsv(events).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("notice,id,at,actor_label,actor_name,action,entity_type,entity_id,claim_id,before,after,reason,audit_head");
    expect(lines[1]).toBe(
      ',41,2026-11-20T10:15:30.123Z,user,"Ann, Editor",claim.set-verdict,claim,c1,c1,' +
        '"{""verdict"":""pending""}","{""verdict"":""corrected"",""correction"":""owns 15%""}",' +
        "'=cmd|' /C calc'!A0,",
    );
    expect(lines[2]).toBe(",42,2026-11-21T00:00:00.000Z,system,,article.revision,article,a1,,,,,");
    expect(lines[3]).toBe("");
  });

  it("says NOT SIGNED OFF in every row when given a banner", () => {
    const lines = auditEventsToCsv(events, { banner: "NOT SIGNED OFF" }).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[1].startsWith("NOT SIGNED OFF,41,")).toBe(true);
    expect(lines[2].startsWith("NOT SIGNED OFF,42,")).toBe(true);
  });

  it("names the audit head it was made from in every row", () => {
    const lines = auditEventsToCsv(events, { provenance: "Audit chain head: event 2" }).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[1].endsWith(",Audit chain head: event 2")).toBe(true);
    expect(lines[2].endsWith(",Audit chain head: event 2")).toBe(true);
  });
});
