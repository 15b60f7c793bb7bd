import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { SIGN_IN_UNAVAILABLE } from "./sign-in-errors";

// Credentials sign-in needs JWT sessions. A JWT cannot be deleted, so it carries
// the user's sessionVersion and every request compares it with the database
// (lib/server/auth/find-session-actor.ts): disabling a user or "sign out
// everywhere" bumps the version and ends their sessions on the next request.
export const authOptions: AuthOptions = {
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const email = String(credentials?.email ?? "").slice(0, 320);
        const password = String(credentials?.password ?? "").slice(0, 1000);
        if (!email || !password) return null;
        const user = await verifyCredentials(email, password).catch((error: unknown) => {
          // Returning null would read as "wrong password"; the form says "unavailable".
          if (isDatabaseUnavailable(error)) throw new Error(SIGN_IN_UNAVAILABLE);
          throw error;
        });
        if (!user) return null;
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid as string, sv: token.sv as number };
    },
  },
};
