import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { clientAddressFrom } from "@/lib/domain/auth/client-address";
import { isAppError } from "@/lib/errors";
import { sessionPolicy } from "@/lib/server/auth/auth-policy";
import { endSignedOutSession } from "@/lib/server/auth/end-signed-out-session";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { SIGN_IN_CODE_REQUIRED, SIGN_IN_CODE_WRONG } from "@/lib/domain/totp/sign-in-errors";
import { SIGN_IN_UNAVAILABLE } from "./sign-in-errors";
import { encodeSignInRefusal } from "./sign-in-refusal";

// Credentials sign-in needs JWT sessions, and a JWT cannot be deleted. So each
// sign-in creates a server-side session record whose id the JWT carries (`sid`),
// and every request reads that record (lib/server/auth/find-session-actor.ts):
// sign-out, "end session", idle and absolute expiry act on the next request.
// The token's sessionVersion stays as "sign out everywhere" (docs/decisions/003, 016).
export const authOptions: AuthOptions = {
  secret: process.env.AUTH_SECRET,
  // The cookie may outlive its record, never the reverse: the record decides.
  session: { strategy: "jwt", maxAge: sessionPolicy().maxHours * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        // Two-factor (branch totp): a TOTP or recovery code, asked for after the password.
        code: { label: "Code", type: "text" },
      },
      async authorize(credentials, request) {
        const email = String(credentials?.email ?? "").slice(0, 320);
        const password = String(credentials?.password ?? "").slice(0, 1000);
        if (!email || !password) return null;
        const headers = (request?.headers ?? {}) as Record<string, string | undefined>;
        const client = { ip: clientAddressFrom(headers["x-forwarded-for"]), userAgent: String(headers["user-agent"] ?? "") };
        try {
          const code = String(credentials?.code ?? "");
          const result = await signInWithPassword({ email, password, code, client });
          if (!result) return null;
          // Two-factor: the form asks for the code, or says it was wrong (a wrong code counts as a failed attempt).
          if (result.kind === "code-required") throw new Error(SIGN_IN_CODE_REQUIRED);
          if (result.kind === "wrong-code") throw new Error(SIGN_IN_CODE_WRONG);
          const { user, sessionId } = result;
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId };
        } catch (error) {
          // next-auth passes a thrown message to the client as `?error=`: a code, not prose.
          if (isAppError(error) && error.code === "RATE_LIMITED") throw new Error(encodeSignInRefusal(error));
          // Returning null would read as "wrong password"; the form says "unavailable".
          if (isDatabaseUnavailable(error)) throw new Error(SIGN_IN_UNAVAILABLE);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { sessionVersion?: number; sessionId?: string };
        token.uid = user.id;
        token.sv = signedIn.sessionVersion ?? 0;
        token.sid = signedIn.sessionId;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid as string, sv: token.sv as number, sid: token.sid as string };
    },
  },
  events: {
    // Awaited by next-auth before it clears the cookie: the record is revoked
    // on the server, so a copy of the cookie no longer works.
    async signOut({ token }) {
      await endSignedOutSession({ userId: token?.uid, sessionId: token?.sid });
    },
  },
};
