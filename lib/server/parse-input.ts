import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { notFound } from "./authorize";

/**
 * Validates untrusted input at the use-case boundary. Failures become one
 * VALIDATION error with messages per field path ("claim.start").
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new AppError("VALIDATION", {
    userMessage: "Some fields need attention.",
    fieldErrors,
  });
}

/**
 * An id from a URL or a caller: a malformed one is simply "not found" (the same
 * answer as an id that does not exist), never a validation error that tells the
 * two apart.
 */
export function parseIdOrNotFound(schema: z.ZodType<string>, value: unknown, what: string): string {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}
