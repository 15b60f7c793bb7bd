import "server-only";
import { db, type Tx } from "@/lib/db";

export type DeskSettingsView = {
  allowSelfSignOff: boolean;
  organisationName: string;
  organisationUrl: string | null;
};

const DEFAULTS: DeskSettingsView = { allowSelfSignOff: false, organisationName: "factdesk", organisationUrl: null };

/** The desk's settings (one row, id 1; defaults until an admin saves them). */
export async function getDeskSettings(client: Tx = db): Promise<DeskSettingsView> {
  const row = await client.deskSettings.findUnique({
    where: { id: 1 },
    select: { allowSelfSignOff: true, organisationName: true, organisationUrl: true },
  });
  return row ?? DEFAULTS;
}
