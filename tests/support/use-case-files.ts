// The use cases, found in lib/server/** by one rule (not a hand list), shared by
// the tests that must cover every one of them: a use case is an exported async
// function whose one options object carries the caller, `options: { actor: Actor | null … }`.
import fs from "node:fs";
import path from "node:path";

export const SERVER_ROOT = path.resolve(import.meta.dirname, "../../lib/server");

const USE_CASE_SIGNATURE = /export async function (\w+)\(\s*options: \{\s*actor: Actor \| null/g;

/** Every .ts file under lib/server, as a path relative to it ("claims/update-claim.ts"). */
export function listServerFiles(): string[] {
  return fs
    .readdirSync(SERVER_ROOT, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/** The names of the use cases a file exports (empty for a helper). */
export function findUseCaseNames(file: string): string[] {
  const source = fs.readFileSync(path.join(SERVER_ROOT, file), "utf8");
  return [...source.matchAll(USE_CASE_SIGNATURE)].map((match) => match[1]);
}

/** Every use case in lib/server, with the file it lives in. */
export function findUseCases(): { file: string; name: string }[] {
  return listServerFiles().flatMap((file) => findUseCaseNames(file).map((name) => ({ file, name })));
}
