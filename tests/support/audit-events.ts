// Audit rows written after a point in time. Integration files run one after
// another, so every row with a larger id than the mark was written by the code
// under test in between.
import { db } from "@/lib/db";

export async function markAuditEvents(): Promise<bigint> {
  const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? BigInt(0);
}

export async function auditEventsSince(mark: bigint) {
  return db.auditEvent.findMany({ where: { id: { gt: mark } }, orderBy: { id: "asc" } });
}
