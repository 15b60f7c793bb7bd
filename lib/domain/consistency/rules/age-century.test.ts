import { describe } from "vitest";
import { ageMismatch } from "./age-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

// Kept apart from age-mismatch.test.ts, which is long already: a built thing's century against the year it was built.
describe("age-mismatch: a century against the year built", () => {
  itChecks(ageMismatch, {
    fires: [
      "The mill, built in 1840, is one of the few 18th-century buildings left in the town.",
      "The 18th-century manor house, built in 1862, was sold at auction last week.",
      "Built in 1905, the 19th-century chapel will be converted into flats.",
      "The church, which was built in 1520, is a rare fifteenth-century survivor.",
      "The hall, built in the 1790s, is one of the county's finest 19th-century homes.",
      "The abbey, founded in 1132, remains a 13th-century landmark.",
    ],
    silent: [
      "The mill, built in 1840, is one of the few 19th-century buildings left in the town.",
      // The century is another thing's: in the founding's own clause, after another verb, or owned by another noun.
      "The mill, built in 1840 on the site of an 18th-century forge, is to close.",
      "The mill, built in 1840, houses an 18th-century loom.",
      "The mill, built in 1840, is next to an 18th-century church.",
      "The 18th-century estate's main house, built in 1840, was sold.",
      // A style is no date; a later work on a thing is not its building.
      "The villa, built in 1925, is an 18th-century-style palazzo.",
      "The temple, built in 1840, is a copy of a 5th-century BC shrine.",
      "The 18th-century manor, rebuilt in 1862 after a fire, was sold last week.",
      // 1800 is the last year of the 18th century by the strict count and the first of the 19th by the common one.
      "The hall, built in 1800, is a fine 18th-century house.",
      "The hall, built in 1800, is a fine 19th-century house.",
      "The hall, built in the 1790s, is one of the county's finest 18th-century homes.",
    ],
  });
});
