import { describe, expect, it } from "vitest";
import { multiplierMismatch } from "./multiplier-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("multiplier-mismatch", () => {
  itChecks(multiplierMismatch, {
    fires: [
      "Sales rose from 10 to 15, doubling.",
      "Profits were halved, from $4m to $3m.",
      "Output tripled to 20 from 10.",
      "Exports more than doubled, from 10,000 to 18,000.",
      "Costs nearly doubled from 10 to 25.",
    ],
    silent: [
      "Sales doubled from 10 to 20.",
      "Profits more than doubled, from 10 to 25.",
      "Sales nearly doubled from 10 to 19.",
      "The price was halved from €8 to €4.",
      "Sales doubled last year.",
      "The firm posted double-digit growth, from 5% to 15%.",
      "Sales rose from 10 to 15.",
    ],
  });

  it("states the factor the figures give", () => {
    const [finding] = multiplierMismatch.check("Sales rose from 10 to 15, doubling.");
    expect(finding.message).toBe("“doubling” means ×2, but 10 to 15 is ×1.5.");
  });
});
