// What an attacker with the owner role (or a DBA) can do, for the tamper tests:
// statements run with the audit table's triggers off, committed for real.
import pg from "pg";

export function ownerDatabaseUrl(): string {
  const url = process.env.OWNER_DATABASE_URL;
  if (!url) throw new Error("OWNER_DATABASE_URL is not set: run through the integration project.");
  return url;
}

export async function withOwnerClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs `statements` in one transaction with every user trigger on "AuditEvent" disabled. */
export async function tamperWithAuditTrail(statements: { text: string; values?: unknown[] }[]): Promise<void> {
  await withOwnerClient(async (client) => {
    await client.query("begin");
    await client.query('alter table "AuditEvent" disable trigger user');
    for (const statement of statements) await client.query(statement.text, statement.values);
    await client.query('alter table "AuditEvent" enable trigger user');
    await client.query("commit");
  });
}

/** A chain's rows exactly as stored, and a way to put them back after a tamper test. */
export async function saveChain(chain: string): Promise<() => Promise<void>> {
  const saved = await withOwnerClient(async (client) => {
    const result = await client.query('select coalesce(json_agg(e), \'[]\') as rows from "AuditEvent" e where chain = $1', [chain]);
    return JSON.stringify(result.rows[0].rows);
  });
  return () =>
    tamperWithAuditTrail([
      { text: 'delete from "AuditEvent" where chain = $1', values: [chain] },
      { text: 'insert into "AuditEvent" select * from json_populate_recordset(null::"AuditEvent", $1::json)', values: [saved] },
    ]);
}
