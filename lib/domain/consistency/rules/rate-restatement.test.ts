import { describe, expect, it } from "vitest";
import { rateRestatement } from "./rate-restatement";
import { itChecks } from "./rule-cases.test-fixture";

describe("rate-restatement", () => {
  itChecks(rateRestatement, {
    fires: [
      "The refinery processes 250,000 barrels a day, or about 2.5 million barrels a week.",
      "The job pays £400 a week, or £28,000 a year.",
      "The airport handles 3 million passengers a year, or about 82,000 a day.",
      "The plant bottles 60,000 litres per day (some 600,000 litres per month).",
      "Subscribers pay $15 a month – $300 a year – for the service.",
      "The scheme costs the council €2m annually, or €500,000 a month.",
      // The period named before the figure ("annual costs of", "Weekly earnings averaged"), then restated with its own.
      "The prison's annual running costs of £46m, or roughly £460,000 a year, were criticised by the National Audit Office.",
      "Weekly earnings averaged £720, equivalent to about £18,000 a year before tax, the statistics office said.",
      "The club's weekly wage bill stood at £2.4m, or about £40m a year.",
      "Monthly rents of £1,200 (£1,440 a year) are common in the district.",
      "The daily output of 90,000 barrels, or 270,000 barrels a month, is a record.",
    ],
    silent: [
      "The refinery processes 250,000 barrels a day, or about 1.75 million barrels a week.",
      "The job pays £400 a week, or £20,800 a year.",
      // Working days: five a week, about 250 a year.
      "He earns £100 a day, or £500 a week.",
      "Contractors charge £400 a day, or about £100,000 a year.",
      "The airport handles 3 million passengers a year, or about 8,200 a day.",
      "Subscribers pay $15 a month – $180 a year – for the service.",
      // Another thing counted, another time, or the same period: not a restatement.
      "The plant uses 400 tonnes a day, or 12 lorries a month.",
      "Sales rose to 40 a day in May from 900 a month in April.",
      "The clinic sees 30 patients a day and 150 a week at its satellite site.",
      "It pays £400 a week, or £450 a week with overtime.",
      // Named before and restated in step; or another amount, case or thing after it.
      "The prison's annual running costs of £46m, or roughly £46m a year, were criticised.",
      "Weekly earnings averaged £720, equivalent to about £37,000 a year before tax.",
      "Monthly rents of £1,200 (£14,400 a year) are common in the district.",
      "The annual budget of £46m, or about £3.8m a month, was agreed.",
      "Annual tuition fees of £9,250, or £11,500 a year from 2027, were approved.",
      "The daily output of 90,000 barrels, or 270 tankers a month, is a record.",
      "Weekly earnings averaged £720 in May, against £30,000 a year in 2010.",
    ],
  });

  it("says what the first figure comes to in the second's period", () => {
    const [finding] = rateRestatement.check("The job pays £400 a week, or £28,000 a year.");
    expect(finding.message).toBe("£400 a week is about £20,900 a year, but it is restated as £28,000 a year.");
  });
});
