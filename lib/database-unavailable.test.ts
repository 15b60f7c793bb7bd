import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailable, toKnownError } from "./database-unavailable";

// Shapes the errors really take (seen against a stopped embedded server and an
// exhausted pool; see tests/integration/database-outage.test.ts).
const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["connection refused", withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["admin shutdown", withCode("57P01", "terminating connection due to administrator command")],
    ["starting up", withCode("57P03", "the database system is starting up")],
    ["too many connections", withCode("53300", "sorry, too many clients already")],
    ["the app's database login refused (another server on the port)", withCode("28P01", "password authentication failed")],
    ["Prisma: authentication failed", new Error("Authentication failed against the database server, the provided database credentials for `factdesk_app` are not valid")],
    ["statement timeout", withCode("57014", "canceling statement due to statement timeout")],
    ["a read replica's replay cancelled the read", withCode("40001", "canceling statement due to conflict with recovery")],
    ["Prisma can't reach", withCode("P1001")],
    ["Prisma pool timeout", withCode("P2024")],
    ["connection terminated", new Error("Connection terminated unexpectedly")],
    ["pool wait timeout", new Error("timeout exceeded when trying to connect")],
    ["transaction start timeout", withCode("P2028", "Transaction API error: Unable to start a transaction in the given time.")],
    ["adapter error kind", Object.assign(new Error("adapter"), { cause: { kind: "DatabaseNotReachable" } })],
    ["nested pg cause", Object.assign(new Error("wrapped"), { cause: withCode("ECONNREFUSED") })],
    ["Prisma meta", Object.assign(withCode("P2010"), { meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } })],
    ["every address refused", new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")])],
  ])("%s: unavailable", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["unique violation", withCode("P2002", "Unique constraint failed")],
    ["serialization failure on the primary", withCode("40001", "could not serialize access due to concurrent update")],
    ["other transaction error", withCode("P2028", "Transaction already closed")],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["not an error", "ECONNREFUSED"],
    ["null", null],
  ])("%s: not unavailable", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops on a cause cycle", () => {
    const a: Error & { cause?: unknown } = new Error("a");
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe("toKnownError", () => {
  it("keeps a use case's typed error", () => {
    const error = new AppError("CONFLICT", { userMessage: "Changed meanwhile." });
    expect(toKnownError(error)).toBe(error);
  });

  it("turns an outage into a retryable UNAVAILABLE", () => {
    const known = toKnownError(withCode("ECONNREFUSED"));
    expect(known?.code).toBe("UNAVAILABLE");
    expect(known?.userMessage).toBe("The database is unavailable; try again in a moment.");
    expect((known?.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
  });

  it("leaves anything else to the generic 500", () => {
    expect(toKnownError(new Error("bug"))).toBeNull();
  });
});
