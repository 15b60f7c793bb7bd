// Dates users and a CMS send. JavaScript accepts years from -271821 to 275760,
// PostgreSQL timestamptz from 4713 BC, and Prisma writes ISO strings, which only
// have four-digit years: outside 1000–9999 the insert fails with a 500. No
// article or source in a newsroom's archive falls outside that range.
import { z } from "zod";

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

export function safeDate(message: string) {
  return z.coerce.date({ message }).refine((date) => {
    const year = date.getUTCFullYear();
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }, `Enter a date between the years ${MIN_YEAR} and ${MAX_YEAR}.`);
}
