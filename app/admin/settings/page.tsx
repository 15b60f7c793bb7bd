import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeskSettingsForm } from "@/components/admin/desk-settings-form";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { getDeskSettings } from "@/lib/server/settings/get-desk-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor("/admin/settings");
  if (!can(actor, "settings:manage")) notFound();
  const settings = await getDeskSettings();
  return (
    <section className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Desk settings</h1>
      <DeskSettingsForm settings={settings} />
    </section>
  );
}
