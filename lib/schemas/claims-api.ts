// The claims API's request bodies (PATCH /api/claims/{id}), exported by name so
// the OpenAPI description and the Idempotency-Key wrapper can reuse them.
import { z } from "zod";
import { VERDICTS } from "@/lib/domain/verdicts";
import { safeText } from "./safe-text";

/** The fields a PATCH may change, with the claim's version the caller last saw. */
export const patchClaimBodySchema = z
  .strictObject({
    version: z.number({ message: "Send the claim's version (from GET /api/claims/{id})." }).int().min(0),
    verdict: z.enum(VERDICTS, { message: "verdict is one of: pending, verified, disputed, corrected." }).optional(),
    correction: safeText().trim().max(2000, "Keep the correction under 2,000 characters.").nullable().optional(),
    rationale: safeText().trim().max(5000, "Keep the rationale under 5,000 characters.").nullable().optional(),
    restated: safeText().trim().max(2000, "Keep the restated claim under 2,000 characters.").optional(),
    warningOverride: safeText().trim().max(1000, "Keep the reason under 1,000 characters.").optional(),
    assigneeId: z.uuid("assigneeId is a user id, or null to unassign.").nullable().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== "version"), {
    message: "Send at least one of: verdict, correction, rationale, restated, assigneeId.",
  });
export type PatchClaimBody = z.input<typeof patchClaimBodySchema>;
