import { z } from "zod";
import { safeText } from "./safe-text";

export const createApiTokenSchema = z.strictObject({
  name: safeText().trim().min(1, "Name the token (e.g. the CMS it is for).").max(100, "Keep the name under 100 characters."),
  userId: z.uuid("Choose the user the token acts as."),
});

export const revokeApiTokenSchema = z.strictObject({ tokenId: z.uuid("Unknown token.") });

// For operators (npm run token:create): the user is named by email.
export const createApiTokenForEmailSchema = z.strictObject({
  email: z.email("Give the email address of the user the token acts as.").max(320).transform((email) => email.toLowerCase()),
  name: createApiTokenSchema.shape.name,
});
