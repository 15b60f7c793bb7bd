// `npm run db:migrate`: applies the migrations in prisma/migrations that the
// database (DATABASE_OWNER_URL, else DATABASE_URL, or the embedded one in .data/)
// does not have yet, as the owner role, then the app role's grants.
// Prisma's own `migrate deploy` needs a native engine this network cannot
// download; this runs the same engine compiled to WebAssembly.
import { withDatabase } from "./lib/local-database";
import { migrateDatabase } from "./lib/migrate-database";

async function main(): Promise<void> {
  const applied = await withDatabase((database) => migrateDatabase(database));
  if (applied.length === 0) {
    console.log("The database is up to date: no migration to apply.");
    return;
  }
  console.log(`Applied ${applied.length} migration(s):`);
  for (const name of applied) console.log(`  ${name}`);
}

main().catch((error: Error) => {
  console.error(`Migration failed: ${error.message}`);
  process.exit(1);
});
