import { describe, expect, it } from "vitest";
import { multiplierMismatch } from "./multiplier-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("multiplier-mismatch", () => {
  itChecks(multiplierMismatch, {
    fires: [
      "Sales more than halved in a year, sliding from 800 to 500.",
      "The bank raised its main rate by 50 basis points, from 2% to 2.25%.",
      "Borrowing costs were raised by half a point, from 1% to 2%.",
      "The bank cut its rate by a quarter of a point, from 3% to 2.5%.",
      "The herd has shrunk by two-thirds, from 900 to 600.",
      "Passenger numbers are now double their 2019 level: 3 million, against 2 million then.",
      "Sales rose from 10 to 15, doubling.",
      "Profits were halved, from $4m to $3m.",
      "Output tripled to 20 from 10.",
      "Exports more than doubled, from 10,000 to 18,000.",
      "Costs nearly doubled from 10 to 25.",
      "Twice as many people voted this year, 30,000 against 20,000 last year.",
      "Turnout rose ten points, from 50% to 70%.",
      "The yield rose by 50 basis points, from 4% to 5%.",
      "The workforce was cut by 500, from 3,000 to 2,000.",
      "The cost of living rose a modest 2%, from £100 a week to £110.",
      "Exports fell from $12bn to $10bn, a 40% drop.",
    ],
    silent: [
      "Sales more than halved in a year, sliding from 800 to 350.",
      "The bank raised its main rate by 25 basis points, from 2% to 2.25%.",
      "Borrowing costs were cut by half a point, from 2% to 1.5%.",
      "The bank cut its rate by a quarter of a point, from 3% to 2.75%.",
      "The price of eggs has tripled, and the price of milk has risen by a third, from 90p to £1.20.",
      "Flights rose 4% to 1.2 million in the third quarter, against 1.15 million a year earlier.",
      "The workforce was slashed by a quarter, from 8,000 to 6,000.",
      "Sales doubled from 10 to 20.",
      "Profits more than doubled, from 10 to 25.",
      "Sales nearly doubled from 10 to 19.",
      "The price was halved from €8 to €4.",
      "Sales doubled last year.",
      "The firm posted double-digit growth, from 5% to 15%.",
      "Sales rose from 10 to 15.",
      "Twice as many people voted this year, 40,000 against 20,000 last year.",
      "Turnout rose ten points, from 50% to 60%.",
      "The workforce was cut by 1,000, from 3,000 to 2,000.",
      "Prices rose by 5% a year, from £100 in 2010 to £163 in 2020.",
      "Fees went up from $5 to $6, and will double to $12 next year.",
      "Turnover doubled to €4m, while profit rose from €1m to €1.5m.",
    ],
  });

  it("states the factor the figures give", () => {
    const [finding] = multiplierMismatch.check("Sales rose from 10 to 15, doubling.");
    expect(finding.message).toBe("“doubling” means ×2, but 10 to 15 is ×1.5.");
  });
});
