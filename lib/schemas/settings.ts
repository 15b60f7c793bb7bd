import { z } from "zod";
import { safeText } from "./safe-text";

export const updateDeskSettingsSchema = z.strictObject({
  allowSelfSignOff: z.boolean(),
  organisationName: safeText().trim().min(1, "Enter the organisation's name.").max(200, "Keep the name under 200 characters."),
  organisationUrl: z
    .union([z.literal("").transform(() => null), safeText().pipe(z.url({ protocol: /^https?$/, message: "Enter a full http(s) address." }))])
    .nullable()
    .default(null),
});
export type UpdateDeskSettingsInput = z.input<typeof updateDeskSettingsSchema>;
