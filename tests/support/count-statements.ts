// Counts the SQL statements the code under test sends, at the driver: every
// statement Prisma runs (model queries, $queryRaw, transactions) goes through
// pg's Client#query on the pool's connections, in this process.
import pg from "pg";
import { vi } from "vitest";

/** Runs `work` and returns its result with the text of every statement it sent, in order. */
export async function recordStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const [config] = args;
    statements.push(typeof config === "string" ? config : String((config as { text?: string }).text ?? ""));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  try {
    return { result: await work(), statements };
  } finally {
    spy.mockRestore();
  }
}
