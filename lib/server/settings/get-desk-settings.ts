import "server-only";
import { db, type Tx } from "@/lib/db";

export type DeskSettingsView = {
  allowSelfSignOff: boolean;
  organisationName: string;
  organisationUrl: string | null;
  requireTwoFactorForReviewers: boolean;
};

export const DESK_SETTINGS_SELECT = {
  allowSelfSignOff: true,
  organisationName: true,
  organisationUrl: true,
  requireTwoFactorForReviewers: true,
} as const;

const DEFAULTS: DeskSettingsView = { allowSelfSignOff: false, organisationName: "factdesk", organisationUrl: null, requireTwoFactorForReviewers: false };

/** The desk's settings (one row, id 1; defaults until an admin saves them). */
export async function getDeskSettings(client: Tx = db): Promise<DeskSettingsView> {
  const row = await client.deskSettings.findUnique({
    where: { id: 1 },
    select: DESK_SETTINGS_SELECT,
  });
  return row ?? DEFAULTS;
}
