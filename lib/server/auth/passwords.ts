import "server-only";
import bcrypt from "bcryptjs";
import { compareOnWorker } from "./bcrypt-workers";

const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

let hasWarned = false;

/** Off the event loop when worker threads work here; on it (bcryptjs' own async) otherwise. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await compareOnWorker(password, hash);
  } catch (error) {
    if (!hasWarned) console.warn("[factdesk] bcrypt worker unavailable, checking passwords on the main thread:", error);
    hasWarned = true;
    return bcrypt.compare(password, hash);
  }
}

// Compared against when the email is unknown, so that a wrong email takes as long
// as a wrong password and response times do not reveal who has an account.
const UNKNOWN_USER_HASH = bcrypt.hashSync("factdesk-no-such-user", COST);

export async function spendVerificationTime(password: string): Promise<void> {
  await verifyPassword(password, UNKNOWN_USER_HASH);
}
