import { z } from "zod";
import { safeDate } from "./safe-date";
import { safeText } from "./safe-text";

export const MAX_ARTICLE_CHARACTERS = 200_000;

const optionalText = (max: number, label: string) =>
  safeText()
    .trim()
    .max(max, `Keep the ${label} under ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : undefined));

export const httpUrlSchema = safeText()
  .trim()
  .max(2000, "Keep the URL under 2,000 characters.")
  // Browsers quietly drop spaces and invisible characters from an address; we
  // store what was sent, so refuse them rather than keep a link that differs.
  .refine((value) => !/[\s\p{Cc}\p{Cf}]/u.test(value), "Remove the spaces or invisible characters from the web address.")
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
  externalId: safeText().trim().min(1).max(200, "Keep the external id under 200 characters.").optional(),
  headline: safeText().trim().min(1, "Enter the headline.").max(300, "Keep the headline under 300 characters."),
  byline: optionalText(200, "byline"),
  publication: optionalText(200, "publication"),
  originalUrl: z.union([z.literal("").transform(() => undefined), httpUrlSchema]).optional(),
  publishedAt: z
    .union([z.literal("").transform(() => undefined), safeDate("Enter a valid date.")])
    .optional(),
  // One check for empty and blank text: a min(1) as well would say it twice.
  text: safeText()
    .max(MAX_ARTICLE_CHARACTERS, `The text is over ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters.`)
    .refine((text) => text.trim().length > 0, "Paste the article text."),
});
export type CreateArticleInput = z.input<typeof createArticleSchema>;

export const articleIdSchema = z.uuid("Unknown article.");

// The details an editor corrects after the fact: the same rules as on creation.
// An empty optional field clears it.
const clearable = (max: number, label: string) =>
  safeText().trim().max(max, `Keep the ${label} under ${max} characters.`).transform((value) => (value ? value : null));

export const updateArticleDetailsSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  headline: safeText().trim().min(1, "Enter the headline.").max(300, "Keep the headline under 300 characters."),
  byline: clearable(200, "byline"),
  publication: clearable(200, "publication"),
  originalUrl: z.union([z.literal("").transform(() => null), httpUrlSchema]),
  publishedAt: z.union([z.literal("").transform(() => null), safeDate("Enter a valid date.")]),
});
export type UpdateArticleDetailsInput = z.input<typeof updateArticleDetailsSchema>;
