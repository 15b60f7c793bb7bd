import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * True when `error` is Prisma's unique violation (P2002) on the named unique
 * index ("Article_slug_key"). On the pg driver adapter the index name is in the
 * adapter's cause; Prisma's own engine puts the fields in `meta.target`, so
 * both are read. Any other error, including another unique index, is not ours
 * to handle and keeps its 500.
 */
export function isUniqueViolation(error: unknown, index: string, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const meta = error.meta as
    | { target?: unknown; driverAdapterError?: { cause?: { constraint?: { index?: string; fields?: string[] } } } }
    | undefined;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.index !== undefined) return constraint.index === index;
  if (constraint?.fields) return constraint.fields.includes(field) || constraint.fields.includes(`"${field}"`);
  const target = meta?.target;
  return target === index || (Array.isArray(target) && target.includes(field));
}
