// Shared checks for the rule tests: a rule fires on some sentences and not on others.
import { expect, it } from "vitest";
import type { ConsistencyRule } from "../rule";

export function itChecks(rule: ConsistencyRule, cases: { fires: string[]; silent: string[] }): void {
  it.each(cases.fires)(`${rule.id} fires on %s`, (sentence) => {
    const findings = rule.check(sentence);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.ruleId).toBe(rule.id);
      expect(finding.message.length).toBeGreaterThan(10);
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeGreaterThan(finding.start ?? 0);
      expect(finding.end).toBeLessThanOrEqual(sentence.length);
    }
  });
  it.each(cases.silent)(`${rule.id} stays silent on %s`, (sentence) => {
    expect(rule.check(sentence)).toEqual([]);
  });
}
