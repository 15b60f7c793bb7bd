import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SessionTable } from "@/components/account/session-table";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { isAppError } from "@/lib/errors";
import { listUserSessions } from "@/lib/server/users/list-user-sessions";

export const metadata: Metadata = { title: "Sessions of a user" };

export default async function UserSessionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/admin/users/${id}/sessions`);
  if (!can(actor, "user:manage") || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { user, sessions } = await listUserSessions({ actor, userId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <section className="space-y-4">
      <p><Link href="/admin/users" className="text-sm underline">← Users</Link></p>
      <h1 className="font-serif text-3xl font-bold">Sessions of {user.email}</h1>
      <SessionTable sessions={sessions} caption={`Active sessions of ${user.email}`} />
    </section>
  );
}
