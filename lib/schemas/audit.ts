import { z } from "zod";

export const listAuditEventsSchema = z.object({
  articleId: z.uuid("Unknown article."),
  claimId: z.uuid().optional(),
  actorId: z.uuid().optional(),
});
