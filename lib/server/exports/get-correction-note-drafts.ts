import "server-only";
import { db } from "@/lib/db";
import { buildCorrectedCopy } from "@/lib/domain/exports/corrected-copy";
import { draftCorrectionNotes } from "@/lib/domain/exports/correction-note";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";
import { loadExportData } from "./load-export-data";

/** A drafted correction note per applied correction, for editors to edit before export. */
export async function getCorrectionNoteDrafts(options: {
  actor: Actor | null;
  articleId: string;
}): Promise<{ claimId: string; note: string }[]> {
  authorize(options.actor, "article:read");
  const data = await loadExportData(db, options.articleId);
  return draftCorrectionNotes(buildCorrectedCopy(data.article.text, data.claims), data.article);
}
