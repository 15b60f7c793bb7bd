import "server-only";
import { db, type Tx } from "@/lib/db";

export type DeskSettingsView = {
  allowSelfSignOff: boolean;
  organisationName: string;
  organisationUrl: string | null;
  requireTwoFactorForReviewers: boolean;
  /** Where the desk publishes its fact-checks; ClaimReview `url` is built from it. */
  publicFactCheckUrl: string | null;
};

export const DESK_SETTINGS_SELECT = {
  allowSelfSignOff: true,
  organisationName: true,
  organisationUrl: true,
  requireTwoFactorForReviewers: true,
  publicFactCheckUrl: true,
} as const;

const DEFAULTS: DeskSettingsView = { allowSelfSignOff: false, organisationName: "factdesk", organisationUrl: null, requireTwoFactorForReviewers: false, publicFactCheckUrl: null };

/**
 * Whether the desk has said where its fact-checks are published and who
 * publishes them (product.md, "Exports"): until then ClaimReview cannot be
 * exported, and admins are asked for it on every page.
 */
export function isPublicationSetUp(settings: DeskSettingsView): boolean {
  return Boolean(settings.publicFactCheckUrl && settings.organisationUrl);
}

/** The desk's settings (one row, id 1; defaults until an admin saves them). */
export async function getDeskSettings(client: Tx = db): Promise<DeskSettingsView> {
  const row = await client.deskSettings.findUnique({
    where: { id: 1 },
    select: DESK_SETTINGS_SELECT,
  });
  return row ?? DEFAULTS;
}
