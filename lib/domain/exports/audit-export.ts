// The audit trail of an article as CSV (for a spreadsheet) and JSON (for a
// machine). Dates are ISO 8601 in UTC in both, so they sort and parse anywhere.
import { toCsv } from "./to-csv";

/** Matches the use case's AuditEventView, so its rows can be passed as they are. */
export type AuditExportEvent = {
  id: string;
  at: Date;
  actorLabel: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  claimId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
};

export type AuditJsonRecord = Omit<AuditExportEvent, "at"> & { at: string };

export const AUDIT_CSV_HEADER = [
  "id",
  "at",
  "actor_label",
  "actor_name",
  "action",
  "entity_type",
  "entity_id",
  "claim_id",
  "before",
  "after",
  "reason",
] as const;

export function auditEventsToCsv(events: readonly AuditExportEvent[]): string {
  const rows = events.map((event) => [
    event.id,
    event.at,
    event.actorLabel,
    event.actorName,
    event.action,
    event.entityType,
    event.entityId,
    event.claimId,
    toCompactJson(event.before),
    toCompactJson(event.after),
    event.reason,
  ]);
  return toCsv(AUDIT_CSV_HEADER, rows);
}

export function auditEventsToJsonRecords(events: readonly AuditExportEvent[]): AuditJsonRecord[] {
  return events.map((event) => ({
    id: event.id,
    at: event.at.toISOString(),
    actorLabel: event.actorLabel,
    actorName: event.actorName,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    claimId: event.claimId,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason,
  }));
}

/** A JSON array, pretty-printed for people who open the file. */
export function auditEventsToJson(events: readonly AuditExportEvent[]): string {
  return `${JSON.stringify(auditEventsToJsonRecords(events), null, 2)}\n`;
}

/** Empty cell for "no value", so a spreadsheet filter on blanks finds them. */
function toCompactJson(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(value);
}
