import { describe } from "vitest";
import { ageAgainstYears } from "./age-against-years";
import { itChecks } from "./rule-cases.test-fixture";

// Kept apart from age-against-years.test.ts, which is long already.
describe("age-against-years: kin the subject's deed came from", () => {
  // "took over the land from his father in 1960 at the age of 12": the age after "from his father" is still the
  // subject's; "turns 74 this year" is 73 or 74 by when the birthday falls, not an approximation.
  itChecks(ageAgainstYears, {
    fires: [
      "The farmer, who turns 74 this year, in 2024, took over the land from his father in 1960 at the age of 12.",
      "The baker, who turns 61 this year, in 2023, inherited the shop from her mother in 1985 at the age of 30.",
      "The potter, who turns 70 next year, in 2025, learned the craft from her grandmother in 1960 at the age of 10.",
      "The farmer, who turns 74 this year, in 2024, took over the land from his father in 1960 when he was 12.",
      "The farmer, who turned 74 in 2024, took over the land from his father in 1960 at the age of 12.",
    ],
    silent: [
      "The farmer, who turns 74 this year, in 2024, took over the land from his father in 1962 at the age of 12.",
      "The singer, who turns 60 this year, in 2024, recorded her first single with her sister in 1980 at the age of 16.",
      // Set off after the kin, or after "to" and "with", the age may be the kin's.
      "The farmer, who turns 74 this year, in 2024, took over the land from his father, aged 40, in 1960.",
      "The farmer, who turns 74 this year, in 2024, sold the land to his son in 2020 at the age of 40.",
      "The fisherman, who turns 66 this year, in 2025, bought his first boat with his brother in 1975 at the age of 20.",
    ],
  });
});
