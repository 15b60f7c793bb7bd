import { describe } from "vitest";
import { ageMismatch } from "./age-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

// Kept apart from age-mismatch.test.ts, which is long already: starts told in more words than a founding verb and its
// year ("started by his great-grandfather in 1935", "opened its first store in 1969", "bought as a lamb in 2015"), and
// the ages and spans counted from them.
describe("age-mismatch: starts told with a doer, an object or a newborn", () => {
  describe("years marked since a founding dated after “since”", () => {
    itChecks(ageMismatch, {
      fires: [
        "In 2020 the space agency celebrated 60 years since its founding in 1958.",
        "In 2019 the orchestra marked 75 years since its formation in 1950.",
        "The charity, which celebrated 25 years since its launch in 2001, held a gala in 2021.",
        "In 2015 the festival celebrates 40 years since its founding in 1980.",
      ],
      silent: [
        "In 2018 the space agency celebrated 60 years since its founding in 1958.",
        // The year in the phrase after "since" is still the start, not the year the years were marked.
        "The choir celebrated 30 years since its formation in 1990 with a concert in 2020.",
        "In 2020 the band marked 40 years since its first hit in 1975.",
      ],
    });
  });

  describe("a time lasted up to an event: “ran”, “traded”, “half a century”", () => {
    itChecks(ageMismatch, {
      fires: [
        "Opened in 1974, the research reactor ran for half a century before closing in 2016.",
        "Opened in 1974, the corner shop traded for 30 years until it closed in 2016.",
        "Launched in 1950, the ferry service ran for half a century until it was axed in 1985.",
        "Built in 1902, the tram line ran for 80 years before it was ripped up in 1952.",
      ],
      silent: [
        "Opened in 1968, the research reactor ran for half a century before closing in 2016.",
        "Opened in 1974, the corner shop traded for 42 years until it closed in 2016.",
        // A span of something done to it is not how long it lasted.
        "Opened in 1974, the shop was run by the family for 20 years before it was sold in 2016.",
      ],
    });
  });

  describe("a start told with its doer or its first branch", () => {
    itChecks(ageMismatch, {
      fires: [
        "The family butchers, started by his great-grandfather in 1935, is marking its centenary this year, 2023.",
        "The bakery, founded by her grandmother in 1950, celebrated its 50th anniversary in 2010.",
        "The garage, set up by a local mechanic in 1960, marked its golden jubilee in 2020.",
        "The supermarket chain, which opened its first store in 1969, marked 60 years of trading in 2019 with a price freeze on 100 staples.",
        "The coffee chain, which opened its first shop in 1995, celebrated its 30th anniversary in 2015.",
      ],
      silent: [
        "The family butchers, started by his great-grandfather in 1935, is marking its 88th year this year, 2023.",
        "The bakery, founded by her grandmother in 1950, celebrated its 60th anniversary in 2010.",
        "The supermarket chain, which opened its first store in 1969, marked 50 years of trading in 2019 with a price freeze on 100 staples.",
        // A first thing other than a branch founds nothing: the firm may be older than its first product.
        "The carmaker, which launched its first hybrid in 2000, celebrated its centenary in 2019.",
      ],
    });
  });

  describe("an event first staged with what it staged", () => {
    itChecks(ageMismatch, {
      fires: [
        "The racecourse, which first staged racing in 1825, celebrated its bicentenary in 2015.",
        "The showground, which first hosted the fair in 1901, marked its centenary in 2011.",
        "The park, which first held the concerts in 1975, celebrated their 50th anniversary in 2015.",
      ],
      silent: [
        "The racecourse, which first staged racing in 1825, celebrated its bicentenary in 2025.",
        "The showground, which first hosted the fair in 1911, marked its centenary in 2011.",
      ],
    });
  });

  describe("a wedding anniversary", () => {
    itChecks(ageMismatch, {
      fires: [
        "The couple, married in 1974, celebrated their 50th wedding anniversary in 2019 by cashing in part of their pension.",
        "Married in 1960, the pair marked their 60th wedding anniversary in 2015.",
        "The farmers, who married in 1983, celebrated their 40th marriage anniversary in 2018.",
      ],
      silent: [
        "The couple, married in 1974, celebrated their 50th wedding anniversary in 2024 by cashing in part of their pension.",
        "Married in 1960, the pair marked their 55th wedding anniversary in 2015.",
      ],
    });
  });

  describe("an animal or a tree taken on newborn, and a present age said in a year", () => {
    itChecks(ageMismatch, {
      fires: [
        "The oldest ewe in the flock, bought as a lamb in 2015, is now 14 years old, the shepherd said in 2023.",
        "Rescued as a puppy in 2019, the collie is now 12 years old, its owner said in 2024.",
        "The oak, planted as a sapling in 1990, is now 60 years old, the warden said in 2022.",
        // Only the year it was said makes "is now 14" wrong: by the clock it could be right.
        "The oldest ewe in the flock, bought as a lamb in 2010, is now 14 years old, the shepherd said in 2016.",
      ],
      silent: [
        "The oldest ewe in the flock, bought as a lamb in 2015, is now 8 years old, the shepherd said in 2023.",
        // Bought grown, its age at purchase is not told.
        "The oldest ewe in the flock, bought at market in 2015, is now 14 years old, the shepherd said in 2023.",
        // An epithet is the writer's age, not the year the words were said.
        "The 14-year-old ewe, bought as a lamb in 2010, won a rosette, the shepherd said in 2016.",
      ],
    });
  });
});
