import { z } from "zod";
import { safeDate } from "./safe-date";
import { safeText } from "./safe-text";
import { httpUrlSchema } from "./article";
import { MAX_EXCERPT_CHARACTERS } from "@/lib/domain/evidence/sniff-evidence";

import { SOURCE_KINDS, STANCES } from "@/lib/domain/sources/source-kinds";

export { SOURCE_KINDS, SOURCE_KIND_LABELS, STANCES } from "@/lib/domain/sources/source-kinds";

export const createSourceSchema = z.strictObject({
  url: httpUrlSchema,
  title: safeText().trim().min(1, "Enter the title.").max(500, "Keep the title under 500 characters."),
  publisher: safeText().trim().max(300, "Keep the publisher under 300 characters.").default(""),
  kind: z.enum(SOURCE_KINDS, { message: "Choose what kind of source this is." }),
  accessedAt: safeDate("Enter the date you accessed it.")
    .refine((date) => date.getTime() <= Date.now() + 24 * 3600 * 1000, "The access date is in the future."),
});
export type CreateSourceInput = z.input<typeof createSourceSchema>;

export const linkSourceSchema = z.strictObject({
  claimId: z.uuid("Unknown claim."),
  sourceId: z.uuid("Choose a source."),
  excerpt: safeText().trim().max(5000, "Keep the excerpt under 5,000 characters.").default(""),
  stance: z.enum(STANCES, { message: "Choose whether the source supports, contradicts or gives context." }),
});
export type LinkSourceInput = z.input<typeof linkSourceSchema>;

export const unlinkSourceSchema = z.strictObject({ claimSourceId: z.uuid("Unknown source link.") });

export const searchSourcesSchema = z.object({
  query: safeText().trim().max(200).default(""),
  limit: z.number().int().min(1).max(50).default(20),
  // Where the page starts (from the URL's ?after=); one that does not parse is the first page.
  after: safeText().trim().max(100).default(""),
});

export const updateSourceSchema = createSourceSchema.extend({ sourceId: z.uuid("Unknown source.") });
export type UpdateSourceInput = z.input<typeof updateSourceSchema>;

export const mergeSourcesSchema = z.strictObject({
  keepSourceId: z.uuid("Choose the source to keep."),
  mergeSourceId: z.uuid("Choose the source to merge into it."),
}).refine((input) => input.keepSourceId !== input.mergeSourceId, { message: "Choose two different sources.", path: ["mergeSourceId"] });

export const addEvidenceSchema = z.strictObject({
  sourceId: z.uuid("Unknown source."),
  // A pasted excerpt, when no file is attached.
  excerpt: safeText().trim().max(MAX_EXCERPT_CHARACTERS, `Keep the excerpt under ${MAX_EXCERPT_CHARACTERS.toLocaleString("en")} characters.`).default(""),
  // When the page was captured; defaults to now.
  capturedAt: z.union([z.literal("").transform(() => undefined), safeDate("Enter when it was captured.")]).optional()
    .refine((date) => !date || date.getTime() <= Date.now() + 24 * 3600 * 1000, "The capture time is in the future."),
});

export const evidenceIdSchema = z.strictObject({ evidenceId: z.uuid("Unknown evidence.") });

export const sourceIdSchema = z.strictObject({ sourceId: z.uuid("Unknown source.") });
