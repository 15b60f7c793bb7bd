import "server-only";
import { describeError, toKnownError } from "@/lib/database-unavailable";

export type ActionResult<T = void> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      message: string;
      fieldErrors: Record<string, string[]>;
      code?: string;
      /** What the user submitted, so a form that React reset can show it again. */
      values?: Record<string, string>;
      /** On CONFLICT: the record as it is now, to show beside what the user typed. */
      current?: T;
    };

/** The text fields of a submitted form, for ActionResult.values (never passwords). */
export function formValues(form: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/**
 * Runs a use case for a server action: known errors become their user message,
 * a database outage "unavailable; try again" (the form keeps what was typed),
 * anything else a generic sentence (the detail goes to the server log only).
 */
export async function runAction<T>(work: () => Promise<T>, successMessage?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(), message: successMessage };
  } catch (error) {
    const known = toKnownError(error);
    if (known) {
      if (known.code === "UNAVAILABLE") console.warn("[factdesk] database unavailable:", describeError(error));
      const current = (known.details as { current?: T } | undefined)?.current;
      return { ok: false, message: known.userMessage, fieldErrors: known.fieldErrors, code: known.code, current };
    }
    // Next uses thrown errors for redirect() and notFound(): let those through.
    if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_")) throw error;
    console.error("[factdesk] action failed", error);
    return { ok: false, message: "Something went wrong on our side; nothing was saved. Please try again.", fieldErrors: {} };
  }
}

/** The input without the articleId some forms still send (it was for revalidating the page, which saves no longer do). */
export function withoutArticleId<T extends { articleId?: string }>(input: T): Omit<T, "articleId"> {
  const copy: Partial<T> = { ...input };
  delete copy.articleId;
  return copy as Omit<T, "articleId">;
}
