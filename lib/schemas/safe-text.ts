// The one string schema for text a user or a CMS sends. Every string field in
// lib/schemas starts from safeText() (tests/unit/schemas-safe-text.test.ts checks
// the folder), so no field can forget these rules:
// - NUL (U+0000): PostgreSQL text cannot hold it; the insert would fail with a 500.
// - A lone surrogate (half of an emoji): not valid Unicode, so not valid UTF-8.
// - Only invisible characters (zero-width spaces, BOM, bidi marks, whitespace):
//   a headline or comment that looks empty but is not. Plain whitespace alone is
//   left to each field (optional fields treat it as empty, required ones refuse it
//   through trim().min(1)).
import { z } from "zod";

const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Whitespace, format characters (zero-width, BOM, bidi controls, soft hyphen),
// other controls, and the blank "filler" letters that render as nothing.
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Zs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/gu;

export const SAFE_TEXT_MESSAGES = {
  nul: "This text contains a hidden control character (a NUL byte) that cannot be saved. Type or paste it again as plain text.",
  loneSurrogate: "This text contains a broken character (half of an emoji or symbol). Type it again.",
  invisibleOnly: "This holds only invisible characters (such as zero-width spaces). Type visible text.",
} as const;

/** Why `value` cannot be stored as user text, or null when it can. */
export function findUnsafeText(value: string): keyof typeof SAFE_TEXT_MESSAGES | null {
  if (NUL.test(value)) return "nul";
  if (LONE_SURROGATE.test(value)) return "loneSurrogate";
  if (value.trim() !== "" && value.replace(INVISIBLE, "") === "") return "invisibleOnly";
  return null;
}

/** z.string() with the rules above; chain .trim(), .min(), .max() as usual. */
export function safeText(options?: { message?: string }) {
  return z.string(options?.message ? { message: options.message } : undefined).superRefine((value, ctx) => {
    const problem = findUnsafeText(value);
    if (problem) ctx.addIssue({ code: "custom", message: SAFE_TEXT_MESSAGES[problem] });
  });
}
