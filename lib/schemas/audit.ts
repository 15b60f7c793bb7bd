import { z } from "zod";

export const AUDIT_PAGE_SIZE = 100;

export const listAuditEventsSchema = z.object({
  articleId: z.uuid("Unknown article."),
  claimId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  /** Keyset cursor: only events before this position in the article's chain (older ones). */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(AUDIT_PAGE_SIZE),
});
