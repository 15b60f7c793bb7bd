import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { formatDateTime } from "@/lib/format-date";
import { listUsers } from "@/lib/server/users/list-users";
import { TableHead } from "@/components/table-head";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor("/admin/users");
  // Admin pages do not exist for anyone else: "not found", not a hint that they do.
  if (!can(actor, "user:manage")) notFound();
  const users = await listUsers({ actor });
  return (
    <section className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <table className="w-full overflow-hidden rounded-lg border border-stone-200 bg-white text-sm">
        <TableHead columns={["Name", "Email", "Role", "Status", "Actions"]} />
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-stone-200">
              <td className="p-2">{user.name}</td>
              <td className="p-2">{user.email}</td>
              <td className="p-2 capitalize">{user.role}</td>
              <td className="p-2">{user.disabledAt ? `Disabled ${formatDateTime(user.disabledAt)}` : "Active"}</td>
              <td className="p-2">
                <UserRowActions user={{ id: user.id, email: user.email, role: user.role, isDisabled: Boolean(user.disabledAt), isSelf: user.id === actor.id }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreateUserForm />
    </section>
  );
}
