import { z } from "zod";
import { httpUrlSchema } from "./article";
import { safeText } from "./safe-text";

export const updateDeskSettingsSchema = z.strictObject({
  allowSelfSignOff: z.boolean(),
  // Optional so a caller that does not know this setting leaves it as it is.
  requireTwoFactorForReviewers: z.boolean().optional(),
  organisationName: safeText().trim().min(1, "Enter the organisation's name.").max(200, "Keep the name under 200 characters."),
  organisationUrl: z
    .union([z.literal("").transform(() => null), httpUrlSchema])
    .nullable()
    .default(null),
  // Optional so older callers leave it as it is; "" clears it.
  publicFactCheckUrl: z
    .union([z.literal("").transform(() => null), httpUrlSchema])
    .nullable()
    .optional(),
});
export type UpdateDeskSettingsInput = z.input<typeof updateDeskSettingsSchema>;
