import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { authorize } from "@/lib/server/authorize";

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Actor["role"];
  disabledAt: Date | null;
  createdAt: Date;
};

export async function listUsers(options: { actor: Actor | null }): Promise<UserRow[]> {
  authorize(options.actor, "user:manage");
  return db.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
}
