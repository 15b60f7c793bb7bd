import { z } from "zod";
import { safeText } from "./safe-text";
import { ROLES } from "@/lib/domain/capabilities";

export const MIN_PASSWORD_LENGTH = 10;

export const createUserSchema = z.strictObject({
  email: z.email("Enter a valid email address.").max(320).transform((email) => email.trim().toLowerCase()),
  name: safeText().trim().min(1, "Enter a name.").max(120, "Keep the name under 120 characters."),
  role: z.enum(ROLES, { message: "Choose a role." }),
  password: safeText()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, "Keep the password under 200 characters."),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const userIdSchema = z.uuid("Unknown user.");

export const setUserRoleSchema = z.strictObject({
  userId: userIdSchema,
  role: z.enum(ROLES, { message: "Choose a role." }),
});

export const setUserDisabledSchema = z.strictObject({
  userId: userIdSchema,
  isDisabled: z.boolean(),
});

// A user (from /admin/users), an email as typed (the CLI), or a client address
// (an office behind one NAT address that a typo storm locked).
export const unlockSignInSchema = z.union([
  z.strictObject({ userId: userIdSchema }),
  z.strictObject({ email: safeText().trim().min(1).max(320) }),
  z.strictObject({ ip: safeText().trim().min(1).max(64) }),
]);
