// The audit trail of an article as CSV, for a spreadsheet (the JSON export,
// with its hash chain, is lib/domain/audit-chain/audit-export-document.ts).
// Dates are ISO 8601 in UTC, so they sort and parse anywhere.
import { toCsv, type CsvCell } from "./to-csv";

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
  "audit_head",
] as const;

/** `banner` (e.g. NOT SIGNED OFF) fills a first column in every row, as in the report CSV. */
export type AuditExportOptions = { banner?: string | null; provenance?: string | null };

export function auditEventsToCsv(events: readonly AuditExportEvent[], options: AuditExportOptions = {}): string {
  return toCsv(AUDIT_CSV_HEADER, events.map((event) => auditEventCsvCells(event, options)));
}

/** One event's cells (the streamed export writes them a batch at a time with csvLine). */
export function auditEventCsvCells(event: AuditExportEvent, options: AuditExportOptions = {}): CsvCell[] {
  return [
    options.banner?.trim() ?? "",
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
    options.provenance ?? "",
  ];
}

/** Empty cell for "no value", so a spreadsheet filter on blanks finds them. */
function toCompactJson(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(value);
}
