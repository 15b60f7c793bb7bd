import "server-only";
import type { Tx } from "@/lib/db";
import { normalizeSourceUrl } from "@/lib/domain/sources/normalize-source-url";
import { AppError } from "@/lib/errors";
import { SOURCE_VIEW_SELECT, type SourceView } from "./source-view";

/**
 * The library's source for the same page as `url` (normalized: host case, www,
 * default port, trailing slash, fragment, tracking parameters), if any. The
 * candidates are those whose address contains the host; the desk's library is
 * small enough for that to be a short list.
 */
export async function findDuplicateSource(tx: Tx, url: string, exceptId?: string): Promise<SourceView | null> {
  const normalized = normalizeSourceUrl(url);
  const host = normalized.split(/[/:?]/)[0];
  const candidates = await tx.source.findMany({
    where: { url: { contains: host, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: SOURCE_VIEW_SELECT,
  });
  return candidates.find((candidate) => normalizeSourceUrl(candidate.url) === normalized) ?? null;
}

/** CONFLICT naming the source already in the library; the form offers to use it (details.current). */
export function duplicateSourceError(existing: SourceView): AppError {
  return new AppError("CONFLICT", {
    userMessage: `This address is already in the library as “${existing.title}”. Use that source instead.`,
    fieldErrors: { url: [`Already in the library as “${existing.title}”.`] },
    details: { current: existing },
  });
}
