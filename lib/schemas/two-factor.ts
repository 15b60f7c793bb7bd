import { z } from "zod";
import { safeText } from "./safe-text";

const CODE_MESSAGE = "Enter the six-digit code your authenticator app shows now.";

export const confirmTwoFactorSchema = z.strictObject({
  // The sealed enrolment token from the page (lib/server/auth/two-factor/sealed-secrets.ts).
  pendingSecret: safeText().min(1, "Start the set-up again.").max(2000, "Start the set-up again."),
  code: safeText().trim().regex(/^\d{3}\s?\d{3}$/, CODE_MESSAGE),
});
export type ConfirmTwoFactorInput = z.input<typeof confirmTwoFactorSchema>;

export const disableTwoFactorSchema = z.strictObject({
  // A current six-digit code or an unused recovery code.
  code: safeText().trim().min(1, "Enter a current code or a recovery code.").max(40, "That is longer than any code."),
});
export type DisableTwoFactorInput = z.input<typeof disableTwoFactorSchema>;
