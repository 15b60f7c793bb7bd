// `npm test`: every suite, in order, each in its own process. Runs all of them
// even after a failure (so one run shows everything that is red), exits non-zero
// when any failed, and never passes a suite that ran no test.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

type Stage = { name: string; command: string[]; results?: string };

const ROOT = path.resolve(__dirname, "..");
const RESULTS = path.join(ROOT, ".test-data", "results");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const stages: Stage[] = [
  { name: "lint", command: ["npx", "eslint", "--max-warnings=0", "."] },
  { name: "unit", command: ["npx", "vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/unit.json`], results: "unit.json" },
  { name: "integration", command: ["npx", "vitest", "run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/integration.json`], results: "integration.json" },
  { name: "build", command: ["npx", "next", "build"] },
  { name: "e2e", command: ["npx", "playwright", "test", "--reporter=list,json"], results: "e2e.json" },
];

function main(): void {
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  const only = process.argv.slice(2);
  const summary: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const stage of stages.filter((s) => only.length === 0 || only.includes(s.name))) {
    console.log(`\n=== ${stage.name}: ${stage.command.join(" ")}`);
    const startedAt = Date.now();
    const outputFile = stage.name === "e2e" ? path.join(RESULTS, "e2e.json") : undefined;
    const result = spawnSync(stage.command[0], stage.command.slice(1), {
      cwd: ROOT,
      stdio: "inherit",
      env: outputFile ? { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: outputFile } : env,
    });
    const counts = stage.results ? readCounts(path.join(RESULTS, stage.results)) : null;
    let isOk = result.status === 0;
    if (counts && counts.total === 0) isOk = false; // a suite that ran nothing is not green
    if (counts && counts.failed > 0) isOk = false;
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
    }
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    const detail = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : "";
    summary.push(`${isOk ? "ok  " : "FAIL"} ${stage.name}${detail} in ${seconds}s`);
    if (!isOk && !counts) failed += 1;
  }
  console.log(`\n${summary.join("\n")}`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(summary.some((line) => line.startsWith("FAIL")) ? 1 : 0);
}

function readCounts(file: string): { passed: number; failed: number; total: number } | null {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0, total: 0 };
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  if (typeof report.numPassedTests === "number") {
    // vitest's json reporter
    return { passed: report.numPassedTests, failed: report.numFailedTests, total: report.numTotalTests };
  }
  // playwright's json reporter
  const stats = report.stats ?? {};
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const failedCount = (stats.unexpected ?? 0);
  return { passed, failed: failedCount, total: passed + failedCount + (stats.skipped ?? 0) };
}

main();
