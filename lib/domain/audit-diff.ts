// Audit events keep before/after of the fields that changed, not whole rows.
export type FieldValues = Record<string, unknown>;

export function diffFields(
  before: FieldValues,
  after: FieldValues,
): { before: FieldValues; after: FieldValues } {
  const changedBefore: FieldValues = {};
  const changedAfter: FieldValues = {};
  for (const key of Object.keys(after)) {
    if (!isSameValue(before[key], after[key])) {
      changedBefore[key] = before[key] ?? null;
      changedAfter[key] = after[key] ?? null;
    }
  }
  return { before: changedBefore, after: changedAfter };
}

function isSameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}
