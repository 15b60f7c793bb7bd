// The server Playwright tests run against: `npm start` exactly as a user runs it,
// on a fresh embedded database in .test-data/e2e (wiped first). It refuses a
// DATABASE_URL (or DATABASE_OWNER_URL) that is not local.
import path from "node:path";
import { assertLocalDatabase } from "../tests/support/assert-local-database";
import { removeDataFolder } from "./lib/server-data-dir";
import { runApp } from "./run-app";

const dataDir = path.resolve(process.env.FACTDESK_DATA_DIR ?? ".test-data/e2e");
for (const url of [process.env.DATABASE_URL, process.env.DATABASE_OWNER_URL]) if (url) assertLocalDatabase(url);
removeDataFolder(dataDir);
process.env.FACTDESK_DATA_DIR = dataDir;
runApp("start");
