// Whether one stage of `npm test` is green, from what it left behind: its exit
// status and, for test suites, the JSON report it wrote. Pure, so
// tests/unit/test-stage-result.test.ts can show every way a stage turns red.
// Both are trusted: an exit status alone has lied (see embedded-postgres.ts), and
// a report alone misses errors outside any test.
import { z } from "zod";

export type ReportKind = "vitest" | "playwright";
export type StageResult = { ok: boolean; passed: number; failed: number; problems: string[] };

const count = z.number().int().nonnegative();
const vitestReport = z.object({
  success: z.boolean(),
  numTotalTests: count,
  numPassedTests: count,
  numFailedTests: count,
  numPendingTests: count,
  numTodoTests: count,
  numFailedTestSuites: count,
  testResults: z.array(z.object({ status: z.string(), assertionResults: z.array(z.object({ status: z.string() })) })),
});
const playwrightReport = z.object({
  stats: z.object({ expected: count, unexpected: count, flaky: count, skipped: count }),
  errors: z.array(z.unknown()),
});

type Tally = { passed: number; failed: number; problems: string[] };

/**
 * `exitStatus` is spawnSync's (null: killed or never started); `reportText` is
 * the report file's text, null when the stage wrote none; `report` is null for
 * stages without one (lint, build).
 */
export function judgeStage(input: { exitStatus: number | null; report: ReportKind | null; reportText: string | null }): StageResult {
  const problems: string[] = [];
  if (input.exitStatus !== 0) problems.push(`exited with ${input.exitStatus ?? "no status (killed or not started)"}`);
  const tally = input.report ? readReport(input.report, input.reportText) : { passed: 0, failed: 0, problems: [] };
  problems.push(...tally.problems);
  const ok = problems.length === 0;
  // A red stage always adds to the failed count: the summary never reads "0 failed" when red.
  return { ok, passed: tally.passed, failed: ok ? 0 : Math.max(tally.failed, 1), problems };
}

function readReport(kind: ReportKind, text: string | null): Tally {
  if (text === null) return { passed: 0, failed: 0, problems: ["wrote no JSON report"] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { passed: 0, failed: 0, problems: ["wrote a JSON report that does not parse"] };
  }
  const tally = kind === "vitest" ? tallyVitest(json) : tallyPlaywright(json);
  return tally ?? { passed: 0, failed: 0, problems: [`wrote a report that is not ${kind}'s JSON`] };
}

function tallyVitest(json: unknown): Tally | null {
  const parsed = vitestReport.safeParse(json);
  if (!parsed.success) return null;
  const r = parsed.data;
  // A file that fails to import (or in a hook, or holds no test) has no failed
  // test; vitest marks only the file, and its tests are never counted.
  const brokenFiles = r.testResults.filter((file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed")).length;
  const outsideTests = Math.max(brokenFiles, r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? 1 : 0);
  const skipped = r.numPendingTests + r.numTodoTests;
  const problems = [
    ...when(r.numFailedTests, "test(s) failed"),
    ...when(outsideTests, "test file(s) failed outside any test (import, hook, or no test in it)"),
    ...when(r.numPendingTests, "test(s) skipped"),
    ...when(r.numTodoTests, "test(s) marked todo"),
    ...(r.numTotalTests === 0 ? ["ran no test"] : []),
    ...(!r.success ? ["vitest reported success: false"] : []),
  ];
  return { passed: r.numPassedTests, failed: r.numFailedTests + outsideTests + skipped, problems };
}

function tallyPlaywright(json: unknown): Tally | null {
  const parsed = playwrightReport.safeParse(json);
  if (!parsed.success) return null;
  const { stats, errors } = parsed.data;
  // Top-level errors: a spec file that fails to load, test.only under forbidOnly, the web server not starting.
  const problems = [
    ...when(stats.unexpected, "test(s) failed"),
    ...when(errors.length, "error(s) outside any test (load, test.only, web server)"),
    ...when(stats.skipped, "test(s) skipped"),
    ...(stats.expected + stats.flaky + stats.unexpected + stats.skipped === 0 ? ["ran no test"] : []),
  ];
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + errors.length + stats.skipped, problems };
}

function when(n: number, what: string): string[] {
  return n > 0 ? [`${n} ${what}`] : [];
}

/** The stages to run: all when none are named; an error sentence for unknown names. */
export function selectStages(args: string[], names: string[]): { stages: string[] } | { error: string } {
  const unknown = args.filter((arg) => !names.includes(arg));
  if (unknown.length > 0) {
    const quoted = unknown.map((name) => `"${name}"`).join(", ");
    return { error: `Unknown test stage ${quoted}; the stages are: ${names.join(", ")}.` };
  }
  return { stages: args.length === 0 ? names : names.filter((name) => args.includes(name)) };
}
