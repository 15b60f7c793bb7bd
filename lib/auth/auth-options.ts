import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { requireSignInSecondFactor } from "@/lib/server/auth/two-factor/check-sign-in-second-factor";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";

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
        // Two-factor (branch totp): a TOTP or recovery code, asked for after the password.
        code: { label: "Code", type: "text" },
      },
      async authorize(credentials) {
        const email = String(credentials?.email ?? "").slice(0, 320);
        const password = String(credentials?.password ?? "").slice(0, 1000);
        if (!email || !password) return null;
        const user = await verifyCredentials(email, password);
        if (!user) return null;
        // Two-factor (branch totp): throws "code required" / "wrong code" for the form.
        await requireSignInSecondFactor(user.id, String(credentials?.code ?? ""));
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
