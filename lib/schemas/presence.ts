import { z } from "zod";
import { safeText } from "./safe-text";

export const announcePresenceSchema = z.strictObject({
  // A random id per browser tab (crypto.randomUUID), so one person in two tabs is two viewers.
  tabId: safeText().regex(/^[A-Za-z0-9-]{8,64}$/, "Unknown tab."),
  articleId: z.uuid("Unknown article."),
  claimId: z.uuid("Unknown claim.").nullable(),
  isEditing: z.boolean(),
  isHere: z.boolean(),
});
export type AnnouncePresenceInput = z.input<typeof announcePresenceSchema>;
