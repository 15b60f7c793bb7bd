import { z } from "zod";
import { safeDate } from "./safe-date";
import { safeText } from "./safe-text";
import { httpUrlSchema } from "./article";

export const SOURCE_KINDS = [
  "primary_document",
  "official_statement",
  "dataset",
  "news_report",
  "interview",
  "other",
] as const;

// One set of labels for forms and exports.
export { SOURCE_KIND_LABELS } from "@/lib/domain/exports/export-types";

export const STANCES = ["supports", "contradicts", "context"] as const;

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
