import { z } from "zod";
import { MAX_ARTICLE_CHARACTERS } from "./article";
import { safeText } from "./safe-text";

export const articleTextSchema = safeText()
  .min(1, "The article text is empty.")
  .max(MAX_ARTICLE_CHARACTERS, `The text is over ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters.`)
  .refine((text) => text.trim().length > 0, "The article text is empty.");

export const saveRevisionSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  // The article version the editor started from; omitted by the CMS API, which
  // always sends the latest copy.
  expectedVersion: z.number().int().min(0).optional(),
  text: articleTextSchema,
});
export type SaveRevisionInput = z.input<typeof saveRevisionSchema>;

export const applyCorrectionsSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  // The article version the copy desk saw: a change since then is not applied blindly.
  expectedVersion: z.number().int().min(0).optional(),
});
