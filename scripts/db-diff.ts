// `npm run db:diff`: compares prisma/schema.prisma with what the migrations
// build (replayed on a throwaway shadow database).
//   npm run db:diff                  prints the missing SQL; exit code 2 when
//                                    schema and migrations differ (for CI)
//   npm run db:diff -- --name X      writes it as prisma/migrations/<timestamp>_X/
// It never changes the app's database: run `npm run db:migrate` afterwards.
// Runs as the owner role, which needs CREATEDB for the shadow database.
import path from "node:path";
import { parseArgs } from "node:util";
import { withDatabase } from "./lib/local-database";
import { createMigration, diffMigrationsToSchema } from "./lib/migration-engine";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { name: { type: "string" } } });
  const { name } = values;
  if (name !== undefined) {
    const folder = await withDatabase(({ ownerUrl }) => createMigration(ownerUrl, name));
    if (!folder) {
      console.log("schema.prisma and the migrations agree: no migration written.");
      return 0;
    }
    const relative = path.relative(process.cwd(), folder);
    console.log(`Wrote ${path.join(relative, "migration.sql")}.`);
    console.log("Review it (add any hand-written SQL), then run `npm run db:migrate`.");
    return 0;
  }
  const { isInSync, script } = await withDatabase(({ ownerUrl }) => diffMigrationsToSchema(ownerUrl));
  if (isInSync) {
    console.log("schema.prisma and the migrations agree.");
    return 0;
  }
  console.log("schema.prisma has changes no migration makes yet:\n");
  console.log(script.trimEnd());
  console.log("\nWrite them as a migration with `npm run db:diff -- --name <what_changed>`.");
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`db:diff failed: ${error.message}`);
    process.exit(1);
  },
);
