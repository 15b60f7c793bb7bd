import { describe } from "vitest";
import { ageMismatch } from "./age-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

// Kept apart from age-mismatch.test.ts, which is long already: a fixed term against its start and scheduled end.
describe("age-mismatch: a fixed term against the years it runs", () => {
  itChecks(ageMismatch, {
    fires: [
      "The 30-year bond, sold in 2010, matures in 2050.",
      "The 10-year loan, taken out in 2015, is due in 2020.",
      "She signed a three-year deal in 2022 that runs until 2027.",
      "Issued in 2014, the seven-year notes mature in 2031.",
      "The government issued a 50-year gilt in 2005 maturing in 2045.",
    ],
    silent: [
      "The 30-year bond, sold in 2010, matures in 2040.",
      "A 99-year lease granted in 1997 expires in 2096.",
      // A holder's sale is not the issue; a term changed on the way, or ended early, says nothing of its length.
      "The fund sold the 30-year bond in 2015; it matures in 2050.",
      "The five-year contract, signed in 2021 and extended in 2024, now runs until 2030.",
      "The five-year contract, signed in 2019, kept him at the club until 2021 when he left.",
      "The 10-year note issued in 2020 was bought back in 2025.",
    ],
  });
});
