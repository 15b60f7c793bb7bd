import { describe } from "vitest";
import { ageMismatch } from "./age-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

// Kept apart from age-mismatch.test.ts, which is long already. (Ages of now are held to this year: the figures below
// stay wrong, or right, for decades.)
describe("age-mismatch: a founding by a named doer, a founding opening the sentence, an age set off in its clause", () => {
  // "created by Congress in 1913": a doer named with no determiner before it still leaves the founding verb's year.
  describe("a founding by a named doer", () => {
    itChecks(ageMismatch, {
      fires: [
        "The Federal Reserve, created by Congress in 1913, celebrated its centenary in 2023.",
        "The NHS, set up by Parliament in 1948, marked its 70th anniversary in 2008.",
        "The carmaker, founded by Henry Ford in 1903, celebrated its centenary in 2013.",
        "The charity, started by Jane Addams in 1889, marked its 50th anniversary in 1949.",
      ],
      silent: [
        "The Federal Reserve, created by Congress in 1913, celebrated its centenary in 2013.",
        "The bridge, opened by Queen Elizabeth in 1953, marked its 70th anniversary in 2023.",
        // A person signed is founded only by a birth.
        "The striker, signed by Chelsea in 2010, celebrated his 30th birthday in 2023.",
      ],
    });
  });

  // "Opened in 1931, the 120-year-old building": the opening founding is the subject's, whose epithet follows.
  describe("a founding opening the sentence, or set off after a longer noun", () => {
    itChecks(ageMismatch, {
      fires: [
        "Opened in 1931, the 120-year-old stock exchange building will close its doors in 2026.",
        "Completed in 1890, the 200-year-old viaduct carries the main line.",
        "Built in the 1960s, the 100-year-old tower block will be demolished in 2027.",
        "The 120-year-old stock exchange building, opened in 1931, will close its doors in 2026.",
        "The 150-year-old Victorian railway station, opened in 1901, will close.",
      ],
      silent: [
        // The age is another thing's, or bounded only from below, or a person's signing.
        "Opened in 1931, the building replaced a 120-year-old hall.",
        "Opened in 1931, the more than 90-year-old building will close.",
        "Signed in 2019, the 25-year-old Brazilian has scored 40 goals.",
      ],
    });
  });

  // "in 1961 at the age of 12 and, aged 70, was still doing so in 2024": a set-off age is at its clause's year.
  describe("an age set off before its clause's verb, dated by the clause", () => {
    itChecks(ageMismatch, {
      fires: [
        "Mrs Hale began recording rainfall in her garden in 1961 at the age of 12 and, aged 70, was still doing so in 2024.",
        "He joined the band in 1980 aged 20 and, aged 58, toured Japan again in 2022.",
        "She first sailed solo in 1975 at the age of 16 and, aged 60, crossed the Atlantic in 2015.",
        "She started in 1961 at the age of 12; aged 70, she was still at it in 2024.",
      ],
      silent: [
        "Mrs Hale began recording rainfall in her garden in 1961 at the age of 12 and, aged 75, was still doing so in 2024.",
        // The clause's year is of an earlier event, another's words, a thing's own date, or another person's age.
        "He began in 1961 at the age of 12 and, aged 70, said the river had first flooded in 1968.",
        "He left school in 1970 at the age of 16 and, aged 60, bought a farmhouse built in 1900.",
        "She began in 1961 at the age of 12 and her son, aged 30, joined her in 2024.",
      ],
    });
  });
});
