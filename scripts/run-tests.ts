// `npm test`: every suite, in order, each in its own process. Runs all of them
// even after a failure (so one run shows everything that is red), exits non-zero
// when any failed. What makes a stage red is decided in lib/test-stage-result.ts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureChromium } from "./lib/ensure-chromium";
import { judgeStage, selectStages, type ReportKind } from "./lib/test-stage-result";

type Stage = { name: string; command: string[]; report?: ReportKind };

const ROOT = path.resolve(__dirname, "..");
const RESULTS = path.join(ROOT, ".test-data", "results");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const vitest = (project: string) => ["npx", "vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile(project)}`];

const stages: Stage[] = [
  { name: "lint", command: ["npx", "eslint", "--max-warnings=0", "."] },
  { name: "unit", command: vitest("unit"), report: "vitest" },
  { name: "integration", command: vitest("integration"), report: "vitest" },
  { name: "build", command: ["npx", "next", "build"] },
  { name: "e2e", command: ["npx", "playwright", "test", "--reporter=list,json"], report: "playwright" },
];

function reportFile(stageName: string): string {
  return path.join(RESULTS, `${stageName}.json`);
}

function main(): void {
  const selection = selectStages(process.argv.slice(2), stages.map((stage) => stage.name));
  if ("error" in selection) stop(selection.error);
  if (selection.stages.includes("e2e")) {
    const chromium = ensureChromium(machine());
    if (!chromium.ok) stop(chromium.message);
  }
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  const summary: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const stage of stages.filter((s) => selection.stages.includes(s.name))) {
    console.log(`\n=== ${stage.name}: ${stage.command.join(" ")}`);
    const startedAt = Date.now();
    const outputFile = reportFile(stage.name);
    const run = spawnSync(stage.command[0], stage.command.slice(1), {
      cwd: ROOT,
      stdio: "inherit",
      env: stage.report === "playwright" ? { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: outputFile } : env,
    });
    const reportText = stage.report && fs.existsSync(outputFile) ? fs.readFileSync(outputFile, "utf8") : null;
    const result = judgeStage({ exitStatus: run.status, report: stage.report ?? null, reportText });
    passed += result.passed;
    failed += result.failed;
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    const counts = stage.report ? ` (${result.passed} passed, ${result.failed} failed)` : "";
    const why = result.problems.length > 0 ? `: ${result.problems.join("; ")}` : "";
    summary.push(`${result.ok ? "ok  " : "FAIL"} ${stage.name}${counts} in ${seconds}s${why}`);
  }
  console.log(`\n${summary.join("\n")}`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(summary.some((line) => line.startsWith("FAIL")) ? 1 : 0);
}

function stop(sentence: string): never {
  console.error(sentence);
  process.exit(1);
}

function machine() {
  return {
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    isExecutable: (file: string) => {
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
    uid: process.getuid?.(),
    hasAptGet: () => spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0,
    run: (command: string, args: string[], extraEnv: Record<string, string> = {}) =>
      spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } }).status === 0,
    log: (line: string) => console.log(line),
  };
}

main();
