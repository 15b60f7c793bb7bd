import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";

// Sub-navigation for the admin pages. Each page still checks the role itself.
const LINKS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/tokens", label: "API tokens" },
  { href: "/admin/webhooks", label: "Webhooks" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/audit-trail", label: "Audit trail" },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Admin pages do not exist for anyone else: "not found", not a hint that they do.
  if (!can(await requireActor("/admin/users"), "user:manage")) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label="Admin" className="flex gap-4 border-b border-stone-200 pb-2 text-sm">
        {LINKS.map((link) => (
          <Link key={link.href} href={link.href} className="text-stone-700 hover:text-stone-950 hover:underline">
            {link.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
