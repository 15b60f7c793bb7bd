import { z } from "zod";

export const VERDICTS = ["pending", "verified", "disputed", "corrected"] as const;

export const createClaimSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  start: z.number({ message: "Select the words of the claim." }).int().min(0),
  end: z.number({ message: "Select the words of the claim." }).int().min(1),
  restated: z.string().trim().max(2000, "Keep the restated claim under 2,000 characters.").default(""),
});
export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const claimIdSchema = z.uuid("Unknown claim.");
