// Sign-ins through the real use case, each from its own client address unless
// told otherwise, so one test's failures never throttle another's.
import { randomInt } from "node:crypto";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { TEST_PASSWORD } from "./factories";

export function newClient(userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36") {
  return { ip: `198.51.${randomInt(256)}.${randomInt(256)}`, userAgent };
}

/** The claims of the JWT a browser would get: what get-actor hands findSessionActor. */
export async function signInSession(user: { email: string }, client = newClient()) {
  const result = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client });
  if (result?.kind !== "signed-in") throw new Error(`sign-in failed for ${user.email}`);
  return { userId: result.user.id, sessionVersion: result.user.sessionVersion, sessionId: result.sessionId };
}
