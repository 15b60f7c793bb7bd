import { z } from "zod";
import { safeText } from "./safe-text";

export const announcePresenceSchema = z.strictObject({
  // A random id per browser tab (crypto.randomUUID), so one person in two tabs is two viewers.
  tabId: safeText().regex(/^[A-Za-z0-9-]{8,64}$/, "Unknown tab."),
  articleId: z.uuid("Unknown article."),
  claimId: z.uuid("Unknown claim.").nullable(),
  isEditing: z.boolean(),
  isHere: z.boolean(),
  // The tab's count of beats sent (1, 2, 3…): two requests from one tab can reach
  // the database out of order, and an older "here" must not undo a goodbye.
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
});
export type AnnouncePresenceInput = z.input<typeof announcePresenceSchema>;
