import { type OpenDatabase, openDatabase } from "../local-database";

/**
 * The database and role a backup reads and a restore writes. The role that owns
 * the schema when one is configured (DATABASE_OWNER_URL): a restore must alter
 * the tables, and a backup as the owner can read every table and sequence. Else
 * the app's DATABASE_URL, or the embedded server (as its superuser).
 */
export async function openBackupDatabase(): Promise<OpenDatabase> {
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (ownerUrl) return { url: ownerUrl, isStartedHere: false, close: async () => {} };
  return openDatabase();
}
