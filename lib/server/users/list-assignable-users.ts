import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";

/** Active people who can be assigned claims (not viewers). */
export async function listAssignableUsers(options: { actor: Actor | null }): Promise<{ id: string; name: string }[]> {
  authorize(options.actor, "article:read");
  return db.user.findMany({
    where: { disabledAt: null, role: { in: ["editor", "reviewer", "admin"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
