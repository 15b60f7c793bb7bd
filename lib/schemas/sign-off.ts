import { z } from "zod";
import { safeText } from "./safe-text";

export const signOffArticleSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  // The hash the reviewer was shown: if the state changed since, the sign-off is refused.
  expectedSha256: safeText().regex(/^[0-9a-f]{64}$/, "Reload the page and review the current state."),
});

export const sendBackArticleSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  note: safeText().trim().min(1, "Say what needs doing before sign-off.").max(5000, "Keep the note under 5,000 characters."),
});

export const acknowledgeDisputeSchema = z.strictObject({
  claimId: z.uuid("Unknown claim."),
  expectedVersion: z.number().int().min(0),
});

export const requestReviewSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  note: safeText().trim().max(2000, "Keep the note under 2,000 characters.").optional(),
});
