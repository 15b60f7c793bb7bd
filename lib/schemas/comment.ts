import { z } from "zod";
import { safeText } from "./safe-text";

export const addCommentSchema = z.strictObject({
  claimId: z.uuid("Unknown claim."),
  body: safeText().trim().min(1, "Write a comment first.").max(5000, "Keep the comment under 5,000 characters."),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

export const resolveCommentSchema = z.strictObject({
  commentId: z.uuid("Unknown comment."),
  isResolved: z.boolean().default(true),
});
