import { z } from "zod";

export const updateDeskSettingsSchema = z.strictObject({
  allowSelfSignOff: z.boolean(),
  organisationName: z.string().trim().min(1, "Enter the organisation's name.").max(200, "Keep the name under 200 characters."),
  organisationUrl: z
    .union([z.literal("").transform(() => null), z.url({ protocol: /^https?$/, message: "Enter a full http(s) address." })])
    .nullable()
    .default(null),
});
export type UpdateDeskSettingsInput = z.input<typeof updateDeskSettingsSchema>;
