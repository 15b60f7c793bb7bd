import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";

export type ApiTokenRow = {
  id: string;
  name: string;
  user: { email: string; role: Actor["role"] };
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

export async function listApiTokens(options: { actor: Actor | null }): Promise<ApiTokenRow[]> {
  authorize(options.actor, "token:manage");
  return db.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true, name: true, lastUsedAt: true, revokedAt: true, createdAt: true,
      user: { select: { email: true, role: true } },
    },
  });
}
