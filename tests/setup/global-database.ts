// Vitest global setup for integration tests: one real PostgreSQL per run.
// TEST_DATABASE_URL (a local server) is used when set; otherwise an embedded
// PostgreSQL starts on a free port in a throwaway folder. Either way the tests
// get a fresh database with every migration applied, dropped at the end.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { applyMigrations } from "../../scripts/lib/migration-engine";
import { findFreePort } from "../../scripts/lib/ports";
import { assertLocalDatabase } from "../support/assert-local-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await openServer();
  const name = `factdesk_test_${Date.now()}_${process.pid}`;
  await runAdmin(server.adminUrl, `create database "${name}"`);
  const url = withDatabase(server.adminUrl, name);
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  process.env.DATABASE_URL = url;
  return async () => {
    await runAdmin(server.adminUrl, `drop database if exists "${name}" with (force)`);
    await server.stop();
  };
}

async function openServer(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    assertLocalDatabase(external);
    return { adminUrl: external, stop: async () => {} };
  }
  const dataDir = path.resolve(".test-data", `integration-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  return {
    adminUrl: server.adminUrl(),
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
