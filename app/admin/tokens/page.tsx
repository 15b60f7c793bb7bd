import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateApiTokenForm } from "@/components/admin/create-api-token-form";
import { RevokeTokenButton } from "@/components/admin/revoke-token-button";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { formatDateTime } from "@/lib/format-date";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { listUsers } from "@/lib/server/users/list-users";
import { TableHead } from "@/components/table-head";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requireActor("/admin/tokens");
  if (!can(actor, "token:manage")) notFound();
  const [tokens, users] = await Promise.all([listApiTokens({ actor }), listUsers({ actor })]);
  return (
    <section className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">API tokens</h1>
      <p className="max-w-2xl text-sm text-stone-600">
        Tokens let a CMS or a script use the API (<code>Authorization: Bearer …</code>) with the role of the user they act as.
        Only a hash is stored: copy a new token when it is shown.
      </p>
      {tokens.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">No tokens yet.</p>
      ) : (
        <table className="w-full rounded-lg border border-stone-200 bg-white text-sm">
          <TableHead columns={["Name", "Acts as", "Created", "Last used", "Status"]} />
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-t border-stone-200">
                <td className="p-2">{token.name}</td>
                <td className="p-2">{token.user.email} ({token.user.role})</td>
                <td className="p-2">{formatDateTime(token.createdAt)}</td>
                <td className="p-2">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</td>
                <td className="p-2">{token.revokedAt ? `Revoked ${formatDateTime(token.revokedAt)}` : <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CreateApiTokenForm users={users.filter((u) => !u.disabledAt).map((u) => ({ id: u.id, label: `${u.email} (${u.role})` }))} />
    </section>
  );
}
