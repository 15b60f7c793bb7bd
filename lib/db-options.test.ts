import { describe, expect, it } from "vitest";
import { DEFAULT_DB_OPTIONS, readDbOptions } from "./db-options";

describe("readDbOptions", () => {
  it("uses the defaults when nothing is set", () => {
    expect(readDbOptions({})).toEqual(DEFAULT_DB_OPTIONS);
  });

  it("reads each variable", () => {
    expect(
      readDbOptions({ FACTDESK_DB_POOL_SIZE: "3", FACTDESK_DB_CONNECT_TIMEOUT_MS: "250", FACTDESK_DB_STATEMENT_TIMEOUT_MS: " 900 " }),
    ).toEqual({ poolSize: 3, connectTimeoutMs: 250, statementTimeoutMs: 900 });
  });

  it.each(["0", "-1", "2.5", "ten", "1e999"])("refuses %s in one sentence naming the variable", (raw) => {
    expect(() => readDbOptions({ FACTDESK_DB_POOL_SIZE: raw })).toThrow(/^FACTDESK_DB_POOL_SIZE must be a positive whole number/);
  });
});
