import "server-only";
import bcrypt from "bcryptjs";

const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so that a wrong email takes as long
// as a wrong password and response times do not reveal who has an account.
const UNKNOWN_USER_HASH = bcrypt.hashSync("factdesk-no-such-user", COST);

export async function spendVerificationTime(password: string): Promise<void> {
  await bcrypt.compare(password, UNKNOWN_USER_HASH);
}
