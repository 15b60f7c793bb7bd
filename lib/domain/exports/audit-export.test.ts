import { describe, expect, it } from "vitest";
import { auditEventsToCsv, auditEventsToJson, type AuditExportEvent } from "./audit-export";

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
    expect(lines[0]).toBe("notice,id,at,actor_label,actor_name,action,entity_type,entity_id,claim_id,before,after,reason");
    expect(lines[1]).toBe(
      ',41,2026-11-20T10:15:30.123Z,user,"Ann, Editor",claim.set-verdict,claim,c1,c1,' +
        '"{""verdict"":""pending""}","{""verdict"":""corrected"",""correction"":""owns 15%""}",' +
        "'=cmd|' /C calc'!A0",
    );
    expect(lines[2]).toBe(",42,2026-11-21T00:00:00.000Z,system,,article.revision,article,a1,,,,");
    expect(lines[3]).toBe("");
  });

  it("says NOT SIGNED OFF in every row when given a banner", () => {
    const lines = auditEventsToCsv(events, { banner: "NOT SIGNED OFF" }).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[1].startsWith("NOT SIGNED OFF,41,")).toBe(true);
    expect(lines[2].startsWith("NOT SIGNED OFF,42,")).toBe(true);
  });
});

describe("auditEventsToJson", () => {
  it("holds the events with ISO UTC dates, and the notice", () => {
    const parsed = JSON.parse(auditEventsToJson(events, { banner: "NOT SIGNED OFF", article: { id: "a1", headline: "H" } }));
    expect(parsed.notice).toBe("NOT SIGNED OFF");
    expect(parsed.article).toEqual({ id: "a1", headline: "H" });
    expect(parsed.events).toHaveLength(2);
    expect(parsed.events[0]).toEqual({ ...events[0], at: "2026-11-20T10:15:30.123Z" });
    expect(parsed.events[1].at).toBe("2026-11-21T00:00:00.000Z");
    expect(parsed.events[1].before).toBeNull();
    expect(JSON.parse(auditEventsToJson(events)).notice).toBeNull();
  });
});
