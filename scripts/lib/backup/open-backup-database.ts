import { type OpenDatabase, openDatabase } from "../local-database";

/**
 * The database a backup reads and a restore writes, as the role that owns the
 * schema (DATABASE_OWNER_URL, or the embedded server's owner role): a restore
 * must alter the tables, and the owner can read every table and sequence.
 */
export async function openBackupDatabase(): Promise<OpenDatabase> {
  const database = await openDatabase();
  return { ...database, url: database.ownerUrl };
}
