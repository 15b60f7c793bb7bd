import { describe } from "vitest";
import { ageAgainstYears } from "./age-against-years";
import { itChecks } from "./rule-cases.test-fixture";

// Kept apart from age-against-years.test.ts, which is long already.
describe("age-against-years: a tribute for a time in a post", () => {
  // "was honoured in 2023 for two decades at the helm" is a time served from the start named ("took charge in 2011").
  itChecks(ageAgainstYears, {
    fires: [
      "He took charge in 2011 and was honoured in 2023 for two decades at the helm.",
      "Appointed in 2005, the headteacher was recognised in 2024 for 30 years in the post.",
      "She was elected in 2010 and was thanked in 2022 for 20 years as chair.",
      "The coach took charge in 2014 and was feted in 2019 for a decade in charge.",
    ],
    silent: [
      "He took charge in 2011 and was honoured in 2023 for a decade at the helm.",
      "She took charge in 2016 and was praised in 2024 for eight years in charge.",
      // Years in a trade may have begun long before the post named.
      "She took charge of the ward in 2015 and was honoured in 2023 for 30 years in nursing.",
    ],
  });
});
