// Sign-in with two-factor on goes through the same throttle as passwords: a
// wrong code is a failed attempt, so six-digit codes cannot be guessed past it.
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { makeUser, TEST_PASSWORD } from "../support/factories";
import { newClient } from "../support/session-factories";
import { codeAt, enrolTwoFactor } from "../support/two-factor";

/** A code that is certainly not the one the app shows now (nor a step either side). */
function wrongCode(right: string): string {
  return String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
}

describe("two-factor sign-in", () => {
  it("asks for the code after the password, and starts a session only with the right one", async () => {
    const user = await makeUser("editor");
    const { secret } = await enrolTwoFactor(user);
    const client = newClient();
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client })).toEqual({ kind: "code-required" });
    const code = await codeAt(secret, new Date(), 0);
    const result = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, code, client });
    expect(result).toMatchObject({ kind: "signed-in", user: { id: user.id } });
  });

  it("counts each wrong code as a failed attempt: past the limit even the right code is refused", async () => {
    const user = await makeUser("editor");
    const { secret } = await enrolTwoFactor(user);
    const client = newClient();
    const right = await codeAt(secret, new Date(), 0);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, code: wrongCode(right), client })).toEqual({ kind: "wrong-code" });
    }
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD, code: right, client })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
