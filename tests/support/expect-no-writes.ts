// Assertions for refused calls: the error they raise, and that the database is
// exactly as it was before (every table's rows, not only their counts).
import { expect } from "vitest";
import { AppError } from "@/lib/errors";
import { snapshotDatabase } from "./db-snapshot";

/** `work` rejects with an error matching `expected`, and writes nothing. */
export async function expectRefusedWithoutWrites(work: () => Promise<unknown>, expected: object): Promise<AppError> {
  const before = await snapshotDatabase();
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the call should have been refused").toBeInstanceOf(AppError);
  expect(error).toMatchObject(expected);
  expect(await snapshotDatabase()).toEqual(before);
  return error as AppError;
}

/**
 * `work` fails with VALIDATION carrying messages on exactly `paths` ("_form"
 * for problems with the input as a whole, such as unknown fields), and writes nothing.
 */
export async function expectValidationWithoutWrites(work: () => Promise<unknown>, paths: string[]): Promise<AppError> {
  const error = await expectRefusedWithoutWrites(work, { code: "VALIDATION" });
  expect(Object.keys(error.fieldErrors).sort()).toEqual([...paths].sort());
  for (const path of paths) {
    const messages = error.fieldErrors[path] ?? [];
    expect(messages.length, `fieldErrors.${path} in ${JSON.stringify(error.fieldErrors)}`).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/\S/);
  }
  return error;
}
