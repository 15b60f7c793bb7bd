import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/domain/capabilities";
import { spendVerificationTime, verifyPassword } from "./passwords";

export type VerifiedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

/**
 * The password check. Unknown email, wrong password and disabled account all give
 * the same null, in about the same time: the caller shows one generic message.
 * Callers go through signInWithPassword, which throttles and bounds this.
 */
export async function verifyCredentials(
  email: string,
  password: string,
): Promise<VerifiedUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  if (!user) {
    await spendVerificationTime(password);
    return null;
  }
  const isValid = await verifyPassword(password, user.passwordHash);
  if (!isValid || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
