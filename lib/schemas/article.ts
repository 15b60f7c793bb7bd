import { z } from "zod";

export const MAX_ARTICLE_CHARACTERS = 200_000;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${label} under ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : undefined));

export const httpUrlSchema = z
  .string()
  .trim()
  .max(2000, "Keep the URL under 2,000 characters.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Enter a full web address starting with http:// or https://.");

export const createArticleSchema = z.strictObject({
  // The CMS's own id: a later POST with the same id becomes a new revision.
  externalId: z.string().trim().min(1).max(200, "Keep the external id under 200 characters.").optional(),
  headline: z.string().trim().min(1, "Enter the headline.").max(300, "Keep the headline under 300 characters."),
  byline: optionalText(200, "byline"),
  publication: optionalText(200, "publication"),
  originalUrl: z.union([z.literal("").transform(() => undefined), httpUrlSchema]).optional(),
  publishedAt: z
    .union([z.literal("").transform(() => undefined), z.coerce.date({ message: "Enter a valid date." })])
    .optional(),
  text: z
    .string()
    .min(1, "Paste the article text.")
    .max(MAX_ARTICLE_CHARACTERS, `The text is over ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters.`)
    .refine((text) => text.trim().length > 0, "Paste the article text."),
});
export type CreateArticleInput = z.input<typeof createArticleSchema>;

export const articleIdSchema = z.uuid("Unknown article.");
