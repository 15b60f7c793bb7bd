import { describe } from "vitest";
import { ageAgainstYears } from "./age-against-years";
import { itChecks } from "./rule-cases.test-fixture";

// Kept apart from age-against-years.test.ts, which is long already.
describe("age-against-years: a set-off age after a trade in “-ist”", () => {
  // "The chapel's organist, 82, …": a noun in "-ist" is a person, so the age set off after it is theirs, and a time
  // served between it and an earlier age cannot be longer than the years between them.
  itChecks(ageAgainstYears, {
    fires: [
      "The chapel's organist, 82, has played every Sunday for 70 years since taking over at the age of 16.",
      "The church's organist, 79, has played there for 68 years, having started at the age of 15.",
      "The village florist, 70, has worked at the stall for 60 years since starting at the age of 14.",
      "The town's oldest pharmacist, 88, has worked in the shop for 75 years since joining at the age of 16.",
      "The orchestra's cellist, 66, has played with it for 50 years since joining at the age of 20.",
    ],
    silent: [
      "The chapel's organist, 82, has played every Sunday for 60 years since taking over at the age of 16.",
      "The orchestra's cellist, 66, has played with it for 45 years since joining at the age of 20.",
      // A list is no person, however its word ends.
      "The festival's playlist, 82, has played the band's hits for 70 years since they started out at the age of 16.",
      "The club's waitlist, 40, has served members for 30 years since the age of 16 rule came in.",
    ],
  });
});
