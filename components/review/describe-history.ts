import { VERDICT_LABELS, type Verdict } from "@/lib/domain/verdicts";

// Turns the audit events of one claim into sentences: who did what, and each
// changed field as "from → to". Offsets and context are left out: they are noise here.
const ACTION_LABELS: Record<string, string> = {
  "claim.create": "created the claim",
  "claim.edit": "edited the restated claim",
  "claim.set-verdict": "set the verdict",
  "claim.assign": "changed the assignee",
  "claim.delete": "deleted the claim",
  "claim.link-source": "attached a source",
  "claim.unlink-source": "removed a source",
  "claim.reanchor": "re-anchored the claim",
  "claim.orphan": "marked the claim orphaned",
  "claim.correction-applied": "applied the correction in the text",
  "claim.ack-dispute": "acknowledged the dispute",
  "comment.add": "commented",
  "comment.resolve": "resolved a comment",
  "comment.reopen": "reopened a comment",
};

const FIELD_LABELS: Record<string, string> = {
  verdict: "Verdict",
  correction: "Corrected wording",
  rationale: "Rationale",
  restated: "Restated claim",
  assigneeId: "Assignee",
  exact: "Quoted words",
  title: "Source",
  stance: "Stance",
  excerpt: "Excerpt",
  body: "Comment",
  isOrphaned: "Orphaned",
};

const HIDDEN_FIELDS = new Set(["start", "end", "prefix", "suffix", "sourceId", "resolvedAt"]);

export type FieldChange = { field: string; label: string; from: string | null; to: string | null };

export function describeAction(action: string): string {
  return ACTION_LABELS[action] ?? action.replace(/[.-]/g, " ");
}

export function describeChanges(
  before: unknown,
  after: unknown,
  nameOf: (userId: string) => string | undefined,
): FieldChange[] {
  const from = asRecord(before);
  const to = asRecord(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((field) => !HIDDEN_FIELDS.has(field));
  return fields
    .map((field) => ({
      field,
      label: FIELD_LABELS[field] ?? field,
      from: showValue(field, from[field], nameOf),
      to: showValue(field, to[field], nameOf),
    }))
    .filter((change) => change.from !== change.to);
}

function showValue(field: string, value: unknown, nameOf: (userId: string) => string | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (field === "verdict" && typeof value === "string") return VERDICT_LABELS[value as Verdict] ?? value;
  if (field === "assigneeId" && typeof value === "string") return nameOf(value) ?? "a former user";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
