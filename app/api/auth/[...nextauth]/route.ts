import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { withThrottleStatus } from "@/lib/auth/throttled-sign-in-response";

const handler = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;

export { handler as GET };

export async function POST(request: Request, context: unknown): Promise<Response> {
  return withThrottleStatus(await handler(request, context));
}
