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
  "notice",
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

/** `banner` (e.g. NOT SIGNED OFF) fills a first column in every row, as in the report CSV. */
export type AuditExportOptions = { banner?: string | null };

export function auditEventsToCsv(events: readonly AuditExportEvent[], options: AuditExportOptions = {}): string {
  const notice = options.banner?.trim() ?? "";
  const rows = events.map((event) => [
    notice,
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

/**
 * One JSON object, pretty-printed for people who open the file: `notice` says
 * whether the article was signed off (null when it was), `events` is the trail.
 */
export function auditEventsToJson(
  events: readonly AuditExportEvent[],
  options: AuditExportOptions & { article?: { id: string; headline: string } } = {},
): string {
  const document = {
    notice: options.banner?.trim() || null,
    article: options.article ?? null,
    events: auditEventsToJsonRecords(events),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Empty cell for "no value", so a spreadsheet filter on blanks finds them. */
function toCompactJson(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(value);
}
