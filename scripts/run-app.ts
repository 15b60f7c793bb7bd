// `npm start` / `npm run dev`: the one command a new user runs. Opens the
// database (DATABASE_URL, or an embedded PostgreSQL in .data/), applies
// migrations as the owner role, checks that the app role cannot rewrite the
// audit trail, seeds the demo once, builds when needed, then serves Next.js
// as the app role.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./lib/auth-secret";
import { isBuildNeeded } from "./lib/build-freshness";
import { dataDir, openDatabase, type OpenDatabase } from "./lib/local-database";
import { checkDatabaseRole } from "./lib/database-role-check";
import { migrateDatabase } from "./lib/migrate-database";
import { isPortFree } from "./lib/ports";
import { readDbOptions } from "../lib/db-options";

const ROOT = path.resolve(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

export async function runApp(mode: "start" | "dev"): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);
  // Checked here, not on the first request: a typo should stop the start, not 500 every page.
  try {
    readDbOptions();
  } catch (error) {
    fail((error as Error).message);
  }
  if (!(await isPortFree(port, "0.0.0.0"))) {
    fail(`Port ${port} is already in use: stop what is using it, or start on another port with PORT=${port + 1} npm ${mode === "dev" ? "run dev" : "start"}.`);
  }

  const database = await openDatabase({ isAppServer: true }).catch((error: Error) => fail(error.message));
  const stopDatabase = once(() => database.close());
  try {
    const applied = await migrateDatabase(database);
    if (applied.length) log(`Applied ${applied.length} database migration(s).`);
    await checkDatabaseRole(database.url);
    const secret = ensureAuthSecret(dataDir());
    const signInHint = await seedDemoIfWanted(database);
    if (mode === "start" && isBuildNeeded(ROOT)) {
      // Instances share one build; rebuilding under a running one would break it.
      if (database.isJoined) throw new Error("The build is older than the sources, and another instance is running on it: stop every instance, then start again (or run `npx next build` first).");
      buildApp();
    }
    const url = `http://localhost:${port}`;
    const child = spawn(process.execPath, [NEXT_BIN, mode, "--port", String(port)], {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...withoutOwnerUrl(process.env),
        DATABASE_URL: database.url,
        AUTH_SECRET: secret,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    log(`factdesk is starting at ${url} (Ctrl-C stops it).`);
    if (database.isJoined) log("Joined the embedded database of the instance already running on this data folder; that instance stops it.");
    if (signInHint) log(signInHint);
    const stopSender = await startWebhookSenderBeside(database.url, secret);
    handleShutdown(child, async () => {
      await stopSender();
      await stopDatabase();
    });
  } catch (error) {
    await stopDatabase();
    fail((error as Error).message);
  }
}

/** Seeds the demo into an empty database; returns how to sign in as the demo users. */
async function seedDemoIfWanted(database: OpenDatabase): Promise<string | null> {
  const isWanted = !process.env.DATABASE_URL || process.env.FACTDESK_SEED_DEMO === "1";
  if (!isWanted) return null;
  process.env.DATABASE_URL = database.url;
  const { seedDemo } = await import("@/lib/server/seed/seed-demo");
  const { DEMO_PASSWORD, DEMO_USERS } = await import("@/lib/server/seed/demo-content");
  const { disconnectDb } = await import("@/lib/db");
  const { isSeeded } = await seedDemo({ projectRoot: ROOT });
  await disconnectDb();
  if (isSeeded) log("Loaded the demo article and demo users.");
  return `Sign in with password "${DEMO_PASSWORD}" as any of: ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(", ")}`;
}

/**
 * The webhook outbox sender runs in this process, beside the Next server, as
 * the app role (every instance runs one; they share the work through the
 * database: lib/server/webhooks/webhook-sender.ts).
 */
async function startWebhookSenderBeside(appUrl: string, authSecret: string): Promise<() => Promise<void>> {
  process.env.DATABASE_URL = appUrl;
  process.env.AUTH_SECRET = authSecret;
  const { startWebhookSender } = await import("@/lib/server/webhooks/webhook-sender");
  const { disconnectDb } = await import("@/lib/db");
  const stop = startWebhookSender();
  return async () => {
    await stop();
    await disconnectDb();
  };
}

function buildApp(): void {
  log("Building the app (first start or changed sources; takes a minute)…");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("The build failed; see the messages above.");
}

function handleShutdown(child: ChildProcess, stopDatabase: () => Promise<void>): void {
  let isStopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    log("Stopping…");
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code) => {
    await stopDatabase();
    process.exit(isStopping ? 0 : (code ?? 1));
  });
}

/** The app never needs the owner's credentials: they stay out of its environment. */
function withoutOwnerUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest.DATABASE_OWNER_URL;
  return rest;
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let promise: Promise<void> | null = null;
  return () => (promise ??= fn());
}

function log(message: string): void {
  console.log(`[factdesk] ${message}`);
}

function fail(message: string): never {
  console.error(`[factdesk] ${message}`);
  process.exit(1);
}

if (require.main === module) runApp(process.argv[2] === "dev" ? "dev" : "start");
