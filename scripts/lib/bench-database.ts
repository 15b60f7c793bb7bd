// A throwaway embedded PostgreSQL for a benchmark: its own folder and port, a
// "bench" database with every migration, connected as the superuser (benchmarks
// change planner settings and switch triggers off for their baselines).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { randomPassword } from "./database-credentials";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migration-engine";
import { findFreePort } from "./ports";

export async function startBenchDatabase(
  name: string,
  options: { extraFlags?: string[] } = {},
): Promise<{ url: string; stop: () => Promise<void>; createDatabase: (name: string) => Promise<string> }> {
  const dataDir = path.resolve(".test-data", `bench-${name}-${process.pid}`);
  const server = await startEmbeddedPostgres({
    dataDir, port: await findFreePort(), persistent: false, superuserPassword: randomPassword(), extraFlags: options.extraFlags,
  });
  const stop = async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  /** Another migrated database on the same server; its URL. */
  const createDatabase = async (database: string) => {
    const admin = new pg.Client({ connectionString: server.adminUrl() });
    await admin.connect();
    await admin.query(`create database "${database}"`);
    await admin.end();
    const url = server.adminUrl(database);
    await applyMigrations(url);
    return url;
  };
  try {
    return { url: await createDatabase("bench"), stop, createDatabase };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** One statement (or a script: the last statement's rows) on its own connection. */
export async function runSql<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<R>(sql);
    return Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
  } finally {
    await client.end();
  }
}
