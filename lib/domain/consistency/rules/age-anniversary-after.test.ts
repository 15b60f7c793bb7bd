import { describe } from "vitest";
import { ageMismatch } from "./age-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

// "formed in 2002 and, two decades on, marked its 15th anniversary": a time passed since the founding dates the
// anniversary told in the same clause.
describe("age-mismatch: an anniversary a time passed after the founding", () => {
  itChecks(ageMismatch, {
    fires: [
      "The tenants' association was formed in 2002 and, two decades on, marked its 15th anniversary with a party at the community centre.",
      "The choir, founded in 1974, a decade later celebrated its 25th anniversary.",
      "The choir was founded in 1974 and 50 years later the members celebrated their centenary.",
      "The museum opened in 1990 and, 30 years on, celebrated its 25th anniversary.",
    ],
    silent: [
      "The tenants' association was formed in 2002 and, two decades on, marked its 20th anniversary with a party.",
      "The museum opened in 1990 and, 30 years on, celebrated its 30th anniversary.",
      "The choir was founded in 1974 and 50 years later the members celebrated their golden jubilee.",
      // A time told roughly, or counted from another event.
      "The paper was launched in 1980 and, nearly three decades on, marked its 25th anniversary.",
      "The band was formed in 1990 and, a decade on from its first tour, marked its 20th anniversary.",
    ],
  });
});
