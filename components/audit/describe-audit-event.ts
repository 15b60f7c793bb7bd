// Pure wording for the audit table: turns stored events (action codes and JSON
// before/after of the changed fields) into short sentences an editor can read.
import { formatDateTime } from "@/lib/format-date";

const ACTION_LABELS: Record<string, string> = {
  "article.create": "created article",
  "article.edit": "edited article details",
  "article.new-revision": "added a revision",
  "revision.create": "added a revision",
  "article.request-review": "requested review",
  "article.sign-off": "signed off",
  "article.send-back": "sent back",
  "sign-off.void": "voided sign-off",
  "claim.create": "added claim",
  "claim.edit": "edited claim",
  "claim.delete": "deleted claim",
  "claim.set-verdict": "set verdict",
  "claim.assign": "assigned claim",
  "claim.link-source": "linked source",
  "claim.unlink-source": "unlinked source",
  "claim.acknowledge-dispute": "acknowledged dispute",
  "claim.re-anchor": "re-anchored claim",
  "claim.orphan": "orphaned claim",
  "claim.correction-applied": "correction applied in the text",
  "article.update-details": "edited article details",
  "article.apply-corrections": "applied corrections to the text",
  "source.update": "edited source",
  "source.merge": "merged sources",
  "source.add-evidence": "added evidence",
  "comment.add": "commented",
  "comment.resolve": "resolved comment",
  "comment.reopen": "reopened comment",
  "source.create": "added source",
};

const FIELD_LABELS: Record<string, string> = {
  exact: "quote",
  restated: "restated as",
  assigneeId: "assignee",
  publishedAt: "published",
  originalUrl: "original URL",
  resolvedAt: "resolved",
  body: "comment",
  title: "source",
  accessedAt: "accessed",
};

// Internal ids and hashes say nothing to a reader; the title or quote beside them does.
const HIDDEN_FIELDS = new Set(["sourceId", "sha256"]);
const MAX_VALUE_LENGTH = 120;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

// Audit times keep the seconds (several events often share a minute); UTC like every date on the desk.
const timeFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC",
});

export function formatAuditTime(date: Date | string): string {
  return timeFormatter.format(new Date(date));
}

export type FieldChange = { field: string; before?: string; after?: string };

/** "set verdict", "linked source"; an unknown code still reads as words. */
export function describeAction(action: string, after: unknown): string {
  if (action === "claim.assign" && readField(after, "assigneeId") === null) return "unassigned claim";
  const label = ACTION_LABELS[action];
  if (label) return label;
  const [entity = "", verb = action] = action.split(".");
  return `${verb.replace(/-/g, " ")} ${entity.replace(/-/g, " ")}`.trim();
}

/** The changed fields, compact: before → after, or one side for creations and removals. */
export function describeChanges(
  before: unknown,
  after: unknown,
  context: { namesById: Record<string, string>; reason?: string | null },
): FieldChange[] {
  const beforeFields = asRecord(before);
  const afterFields = asRecord(after);
  const keys = [...new Set([...Object.keys(afterFields), ...Object.keys(beforeFields)])];
  return keys
    .filter((key) => !HIDDEN_FIELDS.has(key))
    // The rationale of a verdict is already the event's reason: say it once.
    .filter((key) => !(key === "rationale" && context.reason && afterFields[key] === context.reason))
    .map((key) => {
      const change: FieldChange = { field: FIELD_LABELS[key] ?? key };
      if (key in beforeFields) change.before = formatValue(key, beforeFields[key], context.namesById);
      if (key in afterFields) change.after = formatValue(key, afterFields[key], context.namesById);
      return change;
    });
}

export function formatValue(key: string, value: unknown, namesById: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return key === "assigneeId" ? "nobody" : "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (key.endsWith("Id") && namesById[value]) return namesById[value];
    if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
    return truncate(value);
  }
  return truncate(JSON.stringify(value));
}

/** Who acted: the person's name, else the label kept on the event ("system", a token). */
export function describeActor(event: { actorName: string | null; actorLabel: string }): string {
  const viaToken = event.actorLabel.includes("(API token") ? " (API token)" : "";
  if (event.actorName) return `${event.actorName}${viaToken}`;
  return event.actorLabel === "system" ? "System" : event.actorLabel;
}

export function truncate(text: string, max = MAX_VALUE_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function readField(value: unknown, key: string): unknown {
  return asRecord(value)[key] ?? null;
}
