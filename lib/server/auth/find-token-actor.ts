import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { sha256Hex } from "@/lib/domain/hashing";

/**
 * The actor behind an `Authorization: Bearer …` header: the token's user, while
 * the token is not revoked and the user not disabled. Null otherwise.
 */
export async function findTokenActor(authorizationHeader: string | null): Promise<Actor | null> {
  const match = authorizationHeader?.match(/^Bearer\s+(\S+)$/i);
  if (!match) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: sha256Hex(match[1]) },
    select: {
      id: true, name: true, revokedAt: true, lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!token || token.revokedAt || token.user.disabledAt) return null;
  // Recording use at most once a minute keeps a busy CMS from writing on every call.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  const { user } = token;
  return { id: user.id, email: user.email, name: user.name, role: user.role, apiTokenName: token.name, apiTokenId: token.id };
}
