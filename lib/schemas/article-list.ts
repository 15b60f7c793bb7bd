import { z } from "zod";
import { decodeActivityCursor } from "@/lib/domain/activity-cursor";
import { safeDate } from "./safe-date";
import { safeText } from "./safe-text";

export const ARTICLE_STATES = ["in_review", "signed_off", "sent_back"] as const;
export const MAX_ARTICLE_LIST_LIMIT = 200;

// GET /api/articles?… — the query string of the CMS listing.
export const listArticlesQuerySchema = z.strictObject({
  state: z.enum(ARTICLE_STATES, { message: `Choose a state: ${ARTICLE_STATES.join(", ")}.` }).optional(),
  // Articles whose standing sign-off was made at or after this time.
  signedOffSince: safeDate("Enter signedOffSince as an ISO date or date-time.").optional(),
  // Articles with activity (any change, sign-off included) at or after this time.
  updatedSince: safeDate("Enter updatedSince as an ISO date or date-time.").optional(),
  externalId: safeText().trim().min(1).max(200, "Keep the external id under 200 characters.").optional(),
  // The nextCursor of the previous page.
  cursor: safeText()
    .refine((text) => decodeActivityCursor(text) !== null, "Use the nextCursor of the previous page as the cursor.")
    .optional(),
  // A query string is text: digits only, then checked as a number.
  limit: safeText()
    .regex(/^[0-9]{1,6}$/, "Enter limit as a whole number.")
    .transform(Number)
    .pipe(
      z.number()
        .min(1, "Ask for at least 1 article.")
        .max(MAX_ARTICLE_LIST_LIMIT, `Ask for at most ${MAX_ARTICLE_LIST_LIMIT} articles a page.`),
    )
    .optional(),
});
export const DEFAULT_ARTICLE_LIST_LIMIT = 50;
export type ListArticlesQuery = z.input<typeof listArticlesQuerySchema>;
