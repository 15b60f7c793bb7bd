// rate-restatement on pay for one who works so many hours a week ("£12 an hour, or about £25,000 a year for someone
// working 40 hours a week"), on a price for a whole period ("£75 for a five-day week"), and on growth in a quarter or
// a month at its annualised pace (annualised-rate.ts). (Its own file: rate-restatement.test.ts is long enough.)
import { describe } from "vitest";
import { rateRestatement } from "./rate-restatement";
import { itChecks } from "./rule-cases.test-fixture";

describe("rate-restatement, pay, whole periods and annualised growth", () => {
  describe("an hourly rate, then the pay of one who works N hours a week", () => {
    itChecks(rateRestatement, {
      fires: [
        "The minimum wage rises to £12 an hour in April, or about £4,800 a year for someone working 40 hours a week.",
        "The living wage is £12.60 an hour, or £1,000 a week for someone working 39 hours a week.",
        "Care workers earn £11 an hour from April, or about £5,000 a month for a carer doing 37.5 hours a week.",
        "The minimum wage rises to £12 an hour in April, or about £4,800 a year for someone working 10 hours a week.",
      ],
      silent: [
        "The minimum wage rises to £12 an hour in April, or about £25,000 a year for someone working 40 hours a week.",
        "The living wage is £12.60 an hour, or £491 a week for someone working 39 hours a week.",
        "Care workers earn £11 an hour from April, or about £2,000 a month for a carer doing 37.5 hours a week.",
        // ("with overtime": another case of pay.)
        "The living wage is £12.60 an hour, or £1,000 a week for someone working 39 hours a week with overtime.",
      ],
    });
  });

  describe("a price for a whole period", () => {
    itChecks(rateRestatement, {
      fires: [
        "Drivers will pay £15 a day to enter the zone, £75 for a five-day week or about £900 a year for someone who drives in every working week.",
        "A season ticket costs £120 for a full month, or £400 a year.",
        "Parking costs £40 for a seven-day week, or roughly £500 a year.",
      ],
      silent: [
        "Drivers will pay £15 a day to enter the zone, £75 for a five-day week or about £3,600 a year for someone who drives in every working week.",
        "A season ticket costs £120 for a full month, or £1,440 a year.",
        "Parking costs £40 for a seven-day week, or roughly £2,000 a year.",
      ],
    });
  });

  describe("growth in a quarter or a month, at its annualised pace", () => {
    itChecks(rateRestatement, {
      fires: [
        "GDP grew 0.6% in the quarter, an annualised pace of roughly 0.15%.",
        "Output rose 0.3% in the month, an annualised rate of 0.9%.",
        "Retail sales rose 1.2% quarter-on-quarter (1.5% annualised).",
        "The economy shrank 0.5% in the three months to June, or 0.1% annualised.",
      ],
      silent: [
        "GDP grew 0.6% in the quarter, an annualised pace of roughly 2.4%.",
        "The economy shrank 0.5% in the three months to June, or 2% annualised.",
        // A year-on-year rate is another figure ("an annual rate of" after a month's rise is inflation on a year earlier).
        "Prices rose 0.4% in the month, an annual rate of 3.2%.",
        "GDP grew 0.6% in the quarter, and annual growth was 1.1%.",
        "GDP grew 0.6% in the quarter, after an annualised 3% in the first.",
      ],
    });
  });
});
