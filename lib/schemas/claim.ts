import { z } from "zod";
import { safeText } from "./safe-text";
import { VERDICTS } from "@/lib/domain/verdicts";

const claimId = z.uuid("Unknown claim.");
const expectedVersion = z.number({ message: "Reload the claim and try again." }).int().min(0);
const restated = safeText().trim().max(2000, "Keep the restated claim under 2,000 characters.");

export const createClaimSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  start: z.number({ message: "Select the words of the claim." }).int().min(0),
  end: z.number({ message: "Select the words of the claim." }).int().min(1),
  restated: restated.default(""),
});
export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const updateClaimSchema = z.strictObject({ claimId, expectedVersion, restated });
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;

// Required fields per verdict (correction, rationale) are rules of the use case,
// checked in lib/domain/verdicts.ts so the form and the server agree.
export const setClaimVerdictSchema = z.strictObject({
  claimId,
  expectedVersion,
  verdict: z.enum(VERDICTS, { message: "Choose a verdict." }),
  correction: safeText().trim().max(2000, "Keep the correction under 2,000 characters.").optional(),
  rationale: safeText().trim().max(5000, "Keep the rationale under 5,000 characters.").optional(),
  /** Why a claim with a consistency warning is verified anyway (required then; audited). */
  warningOverride: safeText().trim().max(1000, "Keep the reason under 1,000 characters.").optional(),
});
export type SetClaimVerdictInput = z.input<typeof setClaimVerdictSchema>;

export const assignClaimSchema = z.strictObject({
  claimId,
  expectedVersion,
  assigneeId: z.uuid("Choose a person.").nullable(),
});
export type AssignClaimInput = z.input<typeof assignClaimSchema>;

export const deleteClaimSchema = z.strictObject({ claimId, expectedVersion });
export type DeleteClaimInput = z.input<typeof deleteClaimSchema>;

export const claimIdSchema = claimId;

export const searchClaimsSchema = z.object({
  query: safeText().trim().max(200, "Keep the search under 200 characters.").default(""),
  isAssignedToMe: z.boolean().default(false),
  // Where the page starts (from the URL's ?after=); one that does not parse is the first page.
  after: safeText().trim().max(100).default(""),
});
