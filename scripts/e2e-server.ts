// The servers Playwright tests run against: `npm start` exactly as a user runs
// it, on a fresh embedded database in .test-data/e2e (wiped first). With
// E2E_JOIN_URL set it is a second instance: it waits for the first to answer at
// that URL, then joins its database (same data folder) without wiping anything.
// It refuses a DATABASE_URL (or DATABASE_OWNER_URL) that is not local.
import path from "node:path";
import { assertLocalDatabase } from "../tests/support/assert-local-database";
import { removeDataFolder } from "./lib/server-data-dir";
import { runApp } from "./run-app";

const dataDir = path.resolve(process.env.FACTDESK_DATA_DIR ?? ".test-data/e2e");
for (const url of [process.env.DATABASE_URL, process.env.DATABASE_OWNER_URL]) if (url) assertLocalDatabase(url);
process.env.FACTDESK_DATA_DIR = dataDir;

async function main(): Promise<void> {
  const joinUrl = process.env.E2E_JOIN_URL;
  if (joinUrl) await waitForAnswer(joinUrl);
  else removeDataFolder(dataDir);
  await runApp("start");
}

async function waitForAnswer(url: string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    const isUp = await fetch(url).then((response) => response.ok, () => false);
    if (isUp) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The first instance did not answer at ${url}.`);
}

void main();
