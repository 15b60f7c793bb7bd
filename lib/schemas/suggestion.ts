import { z } from "zod";

export const dismissSuggestionSchema = z.strictObject({
  revisionId: z.uuid("Unknown revision."),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});
export type DismissSuggestionInput = z.input<typeof dismissSuggestionSchema>;
