import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { sha256Hex } from "@/lib/domain/hashing";

type TokenRow = {
  id: string;
  name: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  userId: string;
  email: string;
  userName: string;
  role: Actor["role"];
  disabledAt: Date | null;
};

/**
 * The actor behind an `Authorization: Bearer …` header: the token's user, while
 * the token is not revoked and the user not disabled. Null otherwise.
 */
export async function findTokenActor(authorizationHeader: string | null): Promise<Actor | null> {
  const match = authorizationHeader?.match(/^Bearer\s+(\S+)$/i);
  if (!match) return null;
  // One statement for token and user (Prisma's include would send two): this runs on every API request.
  const [token] = await db.$queryRaw<TokenRow[]>`
    select t.id, t.name, t."revokedAt", t."lastUsedAt",
           u.id as "userId", u.email, u.name as "userName", u.role::text as role, u."disabledAt"
    from "ApiToken" t join "User" u on u.id = t."userId"
    where t."tokenHash" = ${sha256Hex(match[1])}`;
  if (!token || token.revokedAt || token.disabledAt) return null;
  // Recording use at most once a minute keeps a busy CMS from writing on every call.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: token.userId, email: token.email, name: token.userName, role: token.role, apiTokenName: token.name, apiTokenId: token.id };
}
