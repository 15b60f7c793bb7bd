// A second, empty database on the test server, for tests that need a target
// beside the run's own database (a restore, say). Dropped by the caller.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { assertLocalDatabase } from "./assert-local-database";

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

export async function createScratchDatabase(fromUrl: string, options: { owner?: string } = {}): Promise<ScratchDatabase> {
  assertLocalDatabase(fromUrl);
  const name = `factdesk_scratch_${randomUUID().replaceAll("-", "")}`;
  const adminUrl = withDatabaseName(fromUrl, "postgres");
  await runSql(adminUrl, `create database "${name}"${options.owner ? ` owner "${options.owner}"` : ""}`);
  return {
    url: withDatabaseName(fromUrl, name),
    drop: () => dropDatabase(adminUrl, name),
  };
}

/**
 * Drops a scratch database as the owner role. WITH (FORCE) may meet an
 * autovacuum worker on it, which only a superuser may end ("permission denied
 * to terminate process"): such a worker finishes in moments, so try again.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await runSql(adminUrl, `drop database if exists "${name}" with (force)`);
      return;
    } catch (error) {
      const isWorkerInTheWay = (error as { code?: string }).code === "42501";
      if (!isWorkerInTheWay || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export async function runSql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Every row of every table (Prisma's bookkeeping aside) as PostgreSQL's text of
 * the whole row, sorted: equal for two databases only when they hold the same
 * rows with the same values.
 */
export async function readAllRows(url: string): Promise<Record<string, string[]>> {
  const tables = await runSql<{ name: string }>(
    url,
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations'
      order by table_name`,
  );
  const all: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await runSql<{ row: string }>(url, `select t::text as row from "${name}" t order by 1`);
    all[name] = rows.map((row) => row.row);
  }
  return all;
}

function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
