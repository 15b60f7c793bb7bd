import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";

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
