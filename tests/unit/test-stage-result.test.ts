import { describe, expect, test } from "vitest";
import { judgeStage, selectStages } from "@/scripts/lib/test-stage-result";

// A green vitest report; each test below breaks one thing.
function vitestReport(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    success: true,
    numTotalTests: 3,
    numPassedTests: 3,
    numFailedTests: 0,
    numPendingTests: 0,
    numTodoTests: 0,
    numFailedTestSuites: 0,
    testResults: [{ status: "passed", assertionResults: [{ status: "passed" }, { status: "passed" }, { status: "passed" }] }],
    ...overrides,
  });
}

function playwrightReport(stats: Record<string, number> = {}, errors: unknown[] = []): string {
  return JSON.stringify({ stats: { expected: 4, unexpected: 0, flaky: 0, skipped: 0, ...stats }, errors });
}

const vitest = (reportText: string | null, exitStatus: number | null = 0) => judgeStage({ exitStatus, report: "vitest", reportText });
const playwright = (reportText: string | null, exitStatus: number | null = 0) => judgeStage({ exitStatus, report: "playwright", reportText });

describe("judgeStage, vitest", () => {
  test("a clean report with exit 0 is green and counts its tests", () => {
    expect(vitest(vitestReport())).toEqual({ ok: true, passed: 3, failed: 0, problems: [] });
  });

  test("a file that fails to load is red and counted, though no test failed", () => {
    const result = vitest(
      vitestReport({
        success: false,
        numFailedTestSuites: 1,
        testResults: [
          { status: "passed", assertionResults: [{ status: "passed" }, { status: "passed" }, { status: "passed" }] },
          { status: "failed", assertionResults: [] },
        ],
      }),
    );
    expect(result).toMatchObject({ ok: false, passed: 3, failed: 1 });
    expect(result.problems).toContain("1 test file(s) failed outside any test (import, hook, or no test in it)");
  });

  test("a failed suite without per-file results still counts as a failure", () => {
    expect(vitest(vitestReport({ numFailedTestSuites: 1, testResults: [] }))).toMatchObject({ ok: false, failed: 1 });
  });

  test("a failed test is red", () => {
    const result = vitest(vitestReport({ success: false, numPassedTests: 2, numFailedTests: 1, numFailedTestSuites: 1 }));
    expect(result).toMatchObject({ ok: false, passed: 2, failed: 1 });
    expect(result.problems).toContain("1 test(s) failed");
  });

  test("a run of zero tests is red", () => {
    const result = vitest(vitestReport({ numTotalTests: 0, numPassedTests: 0, testResults: [] }));
    expect(result).toMatchObject({ ok: false, failed: 1, problems: ["ran no test"] });
  });

  test("a skipped test is red and counted as failed", () => {
    const result = vitest(vitestReport({ numTotalTests: 4, numPendingTests: 1 }));
    expect(result).toMatchObject({ ok: false, passed: 3, failed: 1, problems: ["1 test(s) skipped"] });
  });

  test("a todo test is red and counted as failed", () => {
    const result = vitest(vitestReport({ numTotalTests: 5, numTodoTests: 2 }));
    expect(result).toMatchObject({ ok: false, failed: 2, problems: ["2 test(s) marked todo"] });
  });

  test("success: false alone is red", () => {
    expect(vitest(vitestReport({ success: false }))).toMatchObject({ ok: false, failed: 1, problems: ["vitest reported success: false"] });
  });

  test("a non-zero exit with a clean report is red", () => {
    const result = vitest(vitestReport(), 1);
    expect(result).toMatchObject({ ok: false, passed: 3, failed: 1, problems: ["exited with 1"] });
  });

  test("a killed process (no status) is red", () => {
    expect(vitest(vitestReport(), null).ok).toBe(false);
  });

  test("exit 0 without a report is red", () => {
    expect(vitest(null, 0)).toMatchObject({ ok: false, failed: 1, problems: ["wrote no JSON report"] });
  });

  test("a report that does not parse, or is not vitest's, is red", () => {
    expect(vitest("{ truncated", 0)).toMatchObject({ ok: false, problems: ["wrote a JSON report that does not parse"] });
    expect(vitest(playwrightReport(), 0)).toMatchObject({ ok: false, problems: ["wrote a report that is not vitest's JSON"] });
  });
});

describe("judgeStage, playwright", () => {
  test("a clean report with exit 0 is green", () => {
    expect(playwright(playwrightReport())).toEqual({ ok: true, passed: 4, failed: 0, problems: [] });
  });

  test("a skipped test is red", () => {
    expect(playwright(playwrightReport({ skipped: 1 }))).toMatchObject({ ok: false, passed: 4, failed: 1, problems: ["1 test(s) skipped"] });
  });

  test("an unexpected result is red", () => {
    expect(playwright(playwrightReport({ expected: 3, unexpected: 1 }), 1)).toMatchObject({ ok: false, passed: 3, failed: 1 });
  });

  test("an error outside any test (a spec that fails to load, test.only) is red", () => {
    const result = playwright(playwrightReport({ expected: 0 }, [{ message: "Error: Cannot find module" }]), 1);
    expect(result).toMatchObject({ ok: false, failed: 1 });
    expect(result.problems).toContain("1 error(s) outside any test (load, test.only, web server)");
  });

  test("zero tests is red", () => {
    expect(playwright(playwrightReport({ expected: 0 }))).toMatchObject({ ok: false, problems: ["ran no test"] });
  });

  test("a missing report is red", () => {
    expect(playwright(null, 0).ok).toBe(false);
  });
});

describe("judgeStage, stages without a report", () => {
  test("follow their exit status, and a red one counts as one failure", () => {
    expect(judgeStage({ exitStatus: 0, report: null, reportText: null })).toEqual({ ok: true, passed: 0, failed: 0, problems: [] });
    expect(judgeStage({ exitStatus: 2, report: null, reportText: null })).toEqual({ ok: false, passed: 0, failed: 1, problems: ["exited with 2"] });
  });
});

describe("selectStages", () => {
  const names = ["lint", "unit", "integration", "build", "e2e"];

  test("runs every stage when none is named, and named ones in the runner's order", () => {
    expect(selectStages([], names)).toEqual({ stages: names });
    expect(selectStages(["e2e", "build"], names)).toEqual({ stages: ["build", "e2e"] });
  });

  test("an unknown stage name is an error sentence listing the valid names", () => {
    expect(selectStages(["unit", "integraton"], names)).toEqual({
      error: 'Unknown test stage "integraton"; the stages are: lint, unit, integration, build, e2e.',
    });
  });
});
