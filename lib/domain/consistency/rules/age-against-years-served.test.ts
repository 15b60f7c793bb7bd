import { describe } from "vitest";
import { ageAgainstYears } from "./age-against-years";
import { itChecks } from "./rule-cases.test-fixture";

// Kept apart from age-against-years.test.ts, which is long already.
describe("age-against-years: a time served with no “for”, and a birthday just past", () => {
  // "has served 14 years as a councillor since being elected at 18", "who turned 30 last month": 18 + 14 is not 30.
  itChecks(ageAgainstYears, {
    fires: [
      "Ms Patel, who turned 30 last month, has served 14 years as a councillor since being elected at 18.",
      "The sergeant, who turned 45 yesterday, has served 30 years with the regiment he joined at 18.",
      "Mr Obi, 52, has served 40 years on the parish council, which he joined at 22.",
      "Ms Khan, who turned 40 last week, has served 25 years as a magistrate since being appointed at 21.",
    ],
    silent: [
      "Ms Patel, who turned 30 last month, has served 12 years as a councillor since being elected at 18.",
      // "last year" leaves the age 30 or 31.
      "Ms Patel, who turned 30 last year, has served 13 years as a councillor since being elected at 18.",
      "Ms Patel, who turned 30 last year, has served 16 years as a councillor since being elected at 16.",
      // A sentence served in prison runs from no start named.
      "Elected mayor in 1990, he was later jailed for fraud and served 14 years in prison before his release in 2022.",
      // "30 years on the parish council" is a place, not a time passed between the two ages.
      "Mr Obi, 52, has spent 30 years on the parish council, which he joined at 22.",
      "Mr Obi, 52, has served 30 years on the parish council, which he joined at 22.",
    ],
  });
});
