// `npm run db:migrate`: applies the migrations in prisma/migrations that the
// database (DATABASE_URL, or the embedded one in .data/) does not have yet.
// Prisma's own `migrate deploy` needs a native engine this network cannot
// download; this runs the same engine compiled to WebAssembly.
import { withDatabase } from "./lib/local-database";
import { applyMigrations } from "./lib/migration-engine";

async function main(): Promise<void> {
  const applied = await withDatabase((url) => applyMigrations(url));
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
