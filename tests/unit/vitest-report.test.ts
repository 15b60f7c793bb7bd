import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { judgeStage } from "@/scripts/lib/test-stage-result";

// One real vitest run (about a second) on a throwaway folder, so judgeStage is
// checked against the JSON vitest really writes, not only against hand-made ones.
const VITEST = path.resolve("node_modules/vitest/vitest.mjs");
let folder = "";

afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

test("a test file whose import throws turns a real vitest run red, and is counted", () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-runner-"));
  // --globals: the fixture lives outside the project, where `import "vitest"` would not resolve.
  fs.writeFileSync(path.join(folder, "passes.test.ts"), 'test("passes", () => {});\n');
  fs.writeFileSync(path.join(folder, "broken.test.ts"), 'import "./no-such-module";\ntest("never runs", () => {});\n');
  const report = path.join(folder, "report.json");
  const run = spawnSync(process.execPath, [VITEST, "run", "--root", folder, "--globals", "--reporter=json", `--outputFile.json=${report}`], { encoding: "utf8" });
  const result = judgeStage({ exitStatus: run.status, report: "vitest", reportText: fs.readFileSync(report, "utf8") });
  expect(run.status).toBe(1);
  expect(result).toMatchObject({ ok: false, passed: 1, failed: 1 });
  expect(result.problems).toContain("1 test file(s) failed outside any test (import, hook, or no test in it)");
}, 30_000);
