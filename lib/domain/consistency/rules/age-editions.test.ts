import { describe } from "vitest";
import { ageMismatch } from "./age-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

// Kept apart from age-mismatch.test.ts, which is long already: ordinals counted from a first year.
describe("age-mismatch: editions and anniversaries counted from a first year", () => {
  describe("the nth edition of a recurring event", () => {
    itChecks(ageMismatch, {
      fires: [
        "The census, first held in 1871 and conducted every ten years since without interruption, reached its 15th edition in 2021.",
        "The festival, first held in 2004, marks its 25th edition this year, 2024, having run every year without a break.",
        "The biennial show, launched in 1995, holds its 20th edition in 2023.",
        "The annual race, first run in 1990, staged its 40th running in 2019.",
        "The marathon, first held in 1981 and run every year since without a break, reached its 40th edition in 2024.",
      ],
      silent: [
        "The census, first held in 1871 and conducted every ten years since without interruption, reached its 16th edition in 2021.",
        "The festival, first held in 2004, marks its 21st edition this year, 2024, having run every year without a break.",
        // An annual event may skip a year, so fewer editions than years is no slip unless none was missed.
        "The annual festival, first held in 2004, marks its 18th edition in 2024.",
        "The Games, first held in 1896 and staged every four years, reached their 30th edition in 2012.",
        // With no interval told, an event may be held many times a year.
        "The quiz, first held in 2010, reached its 200th edition in 2024.",
      ],
    });
  });

  // "its 60th annual show": an ordinal of a thing said to recur yearly in its own words counts editions whatever the noun;
  // a founding is no later than the first of them.
  describe("the nth annual thing", () => {
    itChecks(ageMismatch, {
      fires: [
        "Founded in 1974, the agricultural society held its 60th annual show last weekend, in August 2024.",
        "First held in 1990, the festival staged its 40th annual parade in 2019.",
        "The rotary club, founded in 1985, hosted its 45th annual dinner in 2020.",
        "Established in 2001, the trust handed out its 30th annual awards in 2022.",
      ],
      silent: [
        "Founded in 1974, the agricultural society held its 50th annual show last weekend, in August 2024.",
        // "annual" said of another thing in the sentence does not make "its 30th dinner" yearly.
        "The club, founded in 1990, held its 45th dinner in 2015 and published its annual report.",
        "The rotary club, founded in 1985, hosted its 36th annual dinner in 2020.",
      ],
    });
  });

  describe("an anniversary of a subject dated by its year", () => {
    itChecks(ageMismatch, {
      fires: [
        "The 1976 blockbuster, celebrating its 40th anniversary this summer of 2024, is being rereleased in cinemas.",
        "The 1966 World Cup final, marking its 60th anniversary in 2024, was replayed on television.",
        "The 1994 album, which celebrates its 25th anniversary in 2021, is being reissued.",
        "The 1989 treaty, at its 30th anniversary this year, 2024, faces calls for reform.",
      ],
      silent: [
        "The 1976 blockbuster, celebrating its 48th anniversary this summer of 2024, is being rereleased in cinemas.",
        // Another thing's anniversary, not the dated subject's.
        "The 2019 report, marking the bank's 150th anniversary in 2020, was published in full.",
        "In 1976 the blockbuster, celebrating its 40th anniversary of the studio in 2016, was rereleased.",
      ],
    });
  });
});
