// Vitest global setup for integration tests: one real PostgreSQL per run.
// TEST_DATABASE_URL (a local server, as a superuser) is used when set; otherwise
// an embedded PostgreSQL starts on a free port in a throwaway data folder.
// Either way the tests get a fresh database whose roles are made by the code
// the app uses (prepareDatabaseRoles, migrateDatabase): every migration applied
// as the owner; `databaseUrl` is the app role, `ownerDatabaseUrl` the owner.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { newRoleLogins } from "../../scripts/lib/database-credentials";
import { quoteIdentifier, type RoleLogins } from "../../scripts/lib/database-roles";
import { startEmbeddedDatabase } from "../../scripts/lib/embedded-database";
import { migrateDatabase } from "../../scripts/lib/migrate-database";
import { findFreePort } from "../../scripts/lib/ports";
import { prepareDatabaseRoles } from "../../scripts/lib/prepare-database-roles";
import { assertLocalDatabase } from "../support/assert-local-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The app role: what lib/db and the use cases under test connect as. */
    databaseUrl: string;
    /** The owner role, for tests of migrations and of what only the owner may do. */
    ownerDatabaseUrl: string;
  }
}

type TestDatabase = { appUrl: string; ownerUrl: string; stop: () => Promise<void> };

export default async function setup(project: TestProject) {
  const name = `factdesk_test_${Date.now()}_${process.pid}`;
  const database = process.env.TEST_DATABASE_URL
    ? await openOnLocalServer(process.env.TEST_DATABASE_URL, name)
    : await openEmbedded(name);
  await migrateDatabase({ url: database.appUrl, ownerUrl: database.ownerUrl });
  project.provide("databaseUrl", database.appUrl);
  project.provide("ownerDatabaseUrl", database.ownerUrl);
  process.env.DATABASE_URL = database.appUrl;
  return database.stop;
}

async function openEmbedded(name: string): Promise<TestDatabase> {
  const dataDir = path.resolve(".test-data", `integration-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedDatabase({ dataDir, port: await findFreePort(), persistent: false, database: name });
  return {
    appUrl: server.appUrl,
    ownerUrl: server.ownerUrl,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Roles are per server, not per database: this run's get their own names, dropped at the end. */
async function openOnLocalServer(superuserUrl: string, name: string): Promise<TestDatabase> {
  assertLocalDatabase(superuserUrl);
  const logins = newRoleLogins({ owner: `${name}_owner`, app: `${name}_app` });
  await runAdmin(superuserUrl, `create database ${quoteIdentifier(name)}`);
  await prepareDatabaseRoles(withLogin(superuserUrl, name), logins);
  return {
    appUrl: withLogin(superuserUrl, name, logins.app),
    ownerUrl: withLogin(superuserUrl, name, logins.owner),
    stop: async () => {
      await runAdmin(superuserUrl, `drop database if exists ${quoteIdentifier(name)} with (force)`);
      for (const role of Object.values(logins) as RoleLogins["app"][]) {
        await runAdmin(superuserUrl, `drop role if exists ${quoteIdentifier(role.user)}`);
      }
    },
  };
}

function withLogin(url: string, database: string, login?: { user: string; password: string }): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (login) {
    parsed.username = encodeURIComponent(login.user);
    parsed.password = encodeURIComponent(login.password);
  }
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
