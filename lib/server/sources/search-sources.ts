import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { searchSourcesSchema } from "@/lib/schemas/source";
import { authorize } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";
import { SOURCE_VIEW_SELECT, type SourceView } from "./source-view";

/** Sources whose title, publisher or URL contain the query; newest first. */
export async function searchSources(options: { actor: Actor | null; input: unknown }): Promise<SourceView[]> {
  authorize(options.actor, "article:read");
  const { query, limit } = parseInput(searchSourcesSchema, options.input);
  const contains = { contains: query, mode: "insensitive" as const };
  return db.source.findMany({
    where: query ? { OR: [{ title: contains }, { publisher: contains }, { url: contains }] } : {},
    orderBy: { createdAt: "desc" },
    take: limit,
    select: SOURCE_VIEW_SELECT,
  });
}
