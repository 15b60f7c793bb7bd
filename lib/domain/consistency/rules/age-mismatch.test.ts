import { describe, expect, it } from "vitest";
import { ageMismatch } from "./age-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("age-mismatch", () => {
  itChecks(ageMismatch, {
    fires: [
      // An anniversary or a year of life is held to the year in its own phrase, future or not; "at" ties an age to its clause.
      "The Highland line, opened in 1901, will celebrate its 150th year in 2026 with a steam gala.",
      "The theatre, which opened in 1975, is to mark its 40th anniversary in 2027.",
      "Founded in 1880, the club begins its 120th season in 2031.",
      "The tower block, completed in 1974 and demolished in 2019 at 55 years old, was the city’s first skyscraper.",
      "Built in 1890, the pier was still in use in 2001 at 80 years old.",
      "He joined the paper in 1980 and retired in 2010, after 40 years.",
      "He joined the council in 2005, and the charity, set up in 1980, marked its 20th anniversary in 2010.",
      "Born in 1970, she was already 45 when she founded the firm in 2005.",
      "Born in 1992, he became, at 30, the youngest judge when he was appointed in 2015.",
      "She died on Tuesday aged 97, having been born in Glasgow in 1938.",
      "The 300-year-old oak, planted in 1850, was felled in 2024.",
      "The 12-year-old app, launched in 2020, has 5 million users.",
      "In 1990, aged 30, he founded the firm; in 2020, aged 70, he sold it.",
      "She was 22 in 2008 when she first won, and 30 in 2023 when she last did.",
      "He joined the club in 2001 aged 18 and left in 2019 aged 40.",
      "The 45-year-old, who was born in 1995, runs the family firm.",
      "The cathedral, completed in 1250, is more than 900 years old.",
      "The 20-year-old alliance formed in 1979 was renewed in 2019.",
      "The two decades old alliance, founded in 1979, was tested in 2019.",
      "The 10 years old company, set up in 2001, was sold in 2019.",
    ],
    silent: [
      "Built in 1960, the stadium was demolished in 2010 at 50 years old after he played his last game there at 38 years old.",
      "The Highland line, opened in 1901, will celebrate its 126th year in 2026 with a steam gala.",
      "The Highland line, opened in 1901, will celebrate its 125th anniversary in 2026.",
      "The festival, first held in 1970, returns for its 50th year in 2019.",
      "The firm, founded in 1990, posted its 3rd year of losses in 2020.",
      "The tower block, completed in 1974 and demolished in 2019 at 45 years old, was the city’s first skyscraper.",
      "The stadium, built in 1923, is where he retired in 1990 at 40 years old.",
      "His mother was 35 when he was born in 1990, and she died in 2015, aged 60.",
      // A person's age, dated to an event, is not the age of the thing completed, opened or founded.
      "The painter, who died in 1990 aged 77, completed the mural in 1951, when she was 38.",
      "The architect, who retired in 2010 at 70, opened the library in 1985 at the age of 45.",
      "The twins, now 30, were born in 1996, the year their grandfather retired at 65.",
      // "built before 2010" is a bound, not the year it was built.
      "Most of the 30 trams were built before 2005, and 10 of them are more than 30 years old.",
      "He joined the paper in 1980 and retired in 2010, after 30 years.",
      "He joined the council in 2005, and the charity, set up in 1980, marked its 30th anniversary in 2010.",
      "The 35-year-old winger, who joined the club in 2012, left in 2021.",
      "Born in 1992, he became, at 23, the youngest judge when he was appointed in 2015.",
      "She died on Tuesday aged 97, having been born in Glasgow in 1928 and widowed in 1990.",
      "The 64-year-old, a minister from 2010 to 2015, has been an MP since 2005.",
      "The 40-year-old striker's club was founded in 1878 and won the league in 2012.",
      "The 174-year-old oak, planted in 1850, was felled in 2024.",
      "The 50-year-old, who founded the firm in 2001, stepped down on Monday.",
      "The 5-year-old app, launched in 2020, has 5 million users.",
      "She was 22 in 2008 when she first won, and 37 in 2023 when she last did.",
      "The rate was 22 in 2008 and 30 in 2023.",
      "He first played in 1998 aged 17 and retired in 2016 aged 35.",
      "Aged 30 in 2010, she married a man aged 45 in 2012.",
      "The 20-year-old released her debut album in 2010.",
      "The cathedral, completed in 1250, is more than 700 years old.",
      "The abbey, founded in 1100, is nearly 1,000 years old.",
      "The 20-year-old alliance formed in 1999 was renewed in 2019.",
      "The 20-year-old alliance formed in 1999 was renewed in 2018.",
      "The two decades old alliance, formed in 1999, was tested in 2019.",
      "The 20-year-old alliance was renewed in 2019.",
      "The French carmaker now sees the strengthening of the two decades old alliance as a priority, chairman Jean-Dominique Senard said yesterday.",
      "The 20-year-old alliance formed in 1999.",
    ],
  });

  // An age in a capacity ("as a 25-year-old") is at the event of its clause, not of now.
  describe("an age “as a N-year-old”", () => {
    itChecks(ageMismatch, {
      fires: [
        "The surgeon, born in 1955, retired in 2020 at 65 after 40 years at the hospital, which he joined as a 35-year-old in 1980.",
        "Born in 1970, she joined the firm as a 40-year-old in 2000.",
      ],
      silent: [
        "The surgeon, born in 1955, retired in 2020 at 65 after 40 years at the hospital, which he joined as a 25-year-old in 1980.",
        "Born in 1970, she joined the firm as a 30-year-old in 2000 and left in 2020.",
        "The bishop, born in 1950, was ordained as a then 25-year-old in 1975 and retired in 2020.",
      ],
    });
  });

  // A birth told without "born in" is a birth year: never the year of an age set after it, and it founds the person's age.
  describe("a birth year said without “born in”", () => {
    itChecks(ageMismatch, {
      fires: [
        "The coach, a 1958 baby, was 70 years old when he retired in 2020.",
        "Resident in the town since his birth in 1961, the 30-year-old mayor was elected in 2001.",
        "Since his birth in 1961, aged 40 in 2001 and aged 55 in 2011, he has lived here.",
      ],
      silent: [
        "Born in 1958, aged 62 she retired in 2020, and in 2022 aged 64 she came back.",
        "Since his birth in 1961, aged 40 in 2001 and aged 50 in 2011, he has lived here.",
        "The coach, who was 1961-born, at 49 in 2010 took charge, and in 2016 aged 55 left.",
        "Resident in the town since his birth in 1961, the 40-year-old mayor was elected in 2001.",
        "A 1958 baby, she was in 2020, aged 62, the oldest in the squad, and in 2022 aged 64 still played.",
      ],
    });
  });

  // A person's noun after an epithet, or a person before "was 81", makes the age a person's: only a birth founds it.
  describe("an age of a person told beside a thing founded", () => {
    itChecks(ageMismatch, {
      fires: [
        "The 41-year-old club, founded in 1878, was relegated in 2019.",
        "The orchestra, formed in 1932, was a 60-year-old ensemble when it toured in 2021.",
        "The bridge, which opened to traffic in 1932, was a mere 60 years old when it was demolished in 2012.",
        "The 45-year-old mayor, born in 1960, was re-elected in 2015.",
      ],
      silent: [
        "The club, founded in 1878, appointed a 41-year-old manager in 2019.",
        "The orchestra, formed in 1932, named a 38-year-old conductor as its chief in 2021.",
        "Set up in 1990, the charity hired a thirty-year-old chief executive in 2015.",
        "The treaty, signed in 1957 when the chancellor was 81, was renewed 50 years later in 2007.",
        "The dam, completed in 1936 when its engineer was 52, was listed in 1990.",
        "Founded in 1901 when he was 29, the firm was sold in 1950.",
      ],
    });
  });

  // "N years after" an event dated in its own phrase counts from that year, not from the founding.
  describe("a duration after a dated event", () => {
    itChecks(ageMismatch, {
      fires: [
        "Founded in 1894, the club will mark its 130th anniversary in 2024, two decades after celebrating its centenary in 1994.",
        "Opened in 1925, the theatre closed in 2020, 15 years after its last refurbishment in 1995.",
        "The society, established in 1901, published its history in 2011, 40 years after the founder's death in 1951.",
        "The airport, opened in 1960, was shut in 2021, five years after its runway was rebuilt in 2006.",
      ],
      silent: [
        "Founded in 1894, the club will mark its 130th anniversary in 2024, three decades after celebrating its centenary in 1994.",
        "Opened in 1925, the theatre closed in 2020, 25 years after its last refurbishment in 1995.",
        "The society, established in 1901, published its history in 2011, 60 years after the founder's death in 1951.",
        // A year in another clause after the duration is not the event it counts from.
        "Founded in 1950, the firm was sold in 2020, 70 years after it began trading, to a rival formed in 1990.",
      ],
    });
  });

  // A duration beside a year looked forward to still ends there ("will be retired in 2025 after 55 years"); "by 2025" is a bound.
  describe("a duration ending in a future year", () => {
    itChecks(ageMismatch, {
      fires: [
        "The aircraft carrier, commissioned in 1975, will be retired in 2025 after 55 years of service.",
        "The power station, opened in 1985, will close in 2030 after 50 years of generation.",
        "The bridge, built in 1960, is due to be replaced in 2028 after 70 years.",
        "Launched in 1998, the satellite will be switched off in 2026 after two decades in orbit.",
      ],
      silent: [
        "The aircraft carrier, commissioned in 1975, will be retired in 2025 after 50 years of service.",
        "The power station, opened in 1985, will close by 2030 after 40 years of generation.",
        "The ship, commissioned in 1975, will be retired by 2025, after 45 years of service.",
      ],
    });
  });

  // "stood for seven centuries before it was destroyed in 1850": how long the thing founded lasted, up to a dated event.
  describe("a time lasted up to a dated event", () => {
    itChecks(ageMismatch, {
      fires: [
        "The cathedral's spire, completed in 1320, stood for seven centuries before it was destroyed by fire in 1850.",
        "The harbour lighthouse, dating from 1895, had stood for more than 140 years when storms damaged it in 2024.",
        "Built in 1890, the pier survived for more than 150 years until a storm destroyed it in 2002.",
        "The mill, which opened in 1820, operated for two centuries before closing in 1950.",
        "The ocean liner, launched in 1936, served for 50 years before she was scrapped in 1967.",
        "The castle, erected in 1280, had stood for nearly 900 years when it was restored in 1990.",
      ],
      silent: [
        "The cathedral's spire, completed in 1320, stood for five centuries before it was destroyed by fire in 1850.",
        "The harbour lighthouse, dating from 1895, had stood for more than 120 years when storms damaged it in 2024.",
        // A state ("stood empty"), a span of something done to it, another thing's clause, a later start: not its age.
        "The mill, built in 1850, stood empty for 30 years before it was converted in 2005.",
        "The firm, founded in 1950, had been run by the family for 40 years before it was sold in 2010.",
        "The trust, founded in 1950, bought the castle, which had stood for 800 years when it was restored in 1990.",
        "Completed in 1320 and rebuilt in 1500, the spire stood for 350 years until it burned in 1850.",
      ],
    });
  });

  // An event's first edition founds its years ("first staged in 1877"); a person's birthday is founded by a birth only.
  describe("an event first held in a year", () => {
    itChecks(ageMismatch, {
      fires: [
        "The championships, first staged in 1877, celebrated their centenary in 1967.",
        "The race, first run in 1903, celebrated its centenary in 1993.",
        "The festival, first held in 1947, marked its 50th anniversary in 2007.",
        "First broadcast in 1962, the quiz show celebrated its golden jubilee in 2002.",
      ],
      silent: [
        "The championships, first staged in 1877, celebrated their centenary in 1977.",
        "The actor, who first played the role in 1978, celebrated her 60th birthday in 2020.",
        "The director, whose play was first staged in 1990, marked her 60th birthday in 2020.",
        "The author, whose first novel was published in 1990, celebrated her 60th birthday in 2020.",
      ],
    });
  });

  // Years counted from a first event, held to it when they name its thing again ("its first Cup final" … "the final").
  describe("years since a first event", () => {
    itChecks(ageMismatch, {
      fires: [
        "Having staged its first Cup final in 1923, the ground marked 50 years as the home of the final in 1983.",
        "Having hosted its first Test match in 1884, the ground celebrated 100 years of Test cricket in 1974.",
        "The airline, which flew its first passengers in 1919, marked 100 years of passenger flights in 2009.",
        "The station broadcast its first programme in 1936 and celebrated six decades of programmes in 1986.",
      ],
      silent: [
        "Having staged its first Cup final in 1923, the ground marked 60 years as the home of the final in 1983.",
        "The club won its first league title in 1990 and celebrated 125 years of football in 2003.",
        "Having staged its first Cup final in 1923, the ground marked 50 years as a concert venue in 1983.",
      ],
    });
  });

  // "will celebrate 40 years in the air in 2025": years marked, dated by the year in their own phrase, future or not.
  describe("years to be marked in a year", () => {
    itChecks(ageMismatch, {
      fires: [
        "The airline, founded in 1987, will celebrate 40 years in the air in 2025.",
        "The airline, founded in 1987, will celebrate 40 years in 2025.",
        "The pub, opened in 1890, will mark 130 years of trade in 2024.",
        "The orchestra, formed in 1946, celebrates 75 years on stage in 2024.",
        "The ferry service, launched in 1965, celebrated 50 years at sea in 2013.",
        "The band, formed in 1980, will mark 40 years since its formation in 2025.",
      ],
      silent: [
        "The airline, founded in 1987, will celebrate 40 years in the air in 2027.",
        "The orchestra, formed in 1946, will celebrate 75 years on stage in 2021.",
        // Years since another event are not the age of the thing founded.
        "The band, formed in 1980, will mark 40 years since its first hit in 2025.",
      ],
    });
  });

  // "set up as a municipal undertaking in 1925": what a thing began as may come between the verb and the year; "it was
  // already 75 years old," is the thing's age, the comma after it no person's epithet.
  describe("a thing founded as something", () => {
    itChecks(ageMismatch, {
      fires: [
        "When the water company was privatised in 1990 it was already 75 years old, having been set up as a municipal undertaking in 1925.",
        "When the hospital closed in 2010 it was already 95 years old, having been built as a workhouse infirmary in 1925.",
        "When the ferry route was sold in 2005 it was already 60 years old, having been opened as a wartime service in 1935.",
        "Founded as a temperance hotel in 1880, the inn was 150 years old when it was sold in 1990.",
        "When the pier was sold in 1990 it was already eight decades old, having been built as a pleasure pier in 1925.",
        "The society, established as a mutual building society in 1920, was 80 years old when it demutualised in 1990.",
      ],
      silent: [
        "When the water company was privatised in 1990 it was already 65 years old, having been set up as a municipal undertaking in 1925.",
        "Founded as a temperance hotel in 1880, the inn was 110 years old when it was sold in 1990.",
        "When the pier was sold in 1990 it was already six decades old, having been built as a pleasure pier in 1930.",
        // A person starts as something too; that is no founding.
        "Signed as a teenager in 2010, the striker is now 30 years old.",
        "Signed as a teenager in 2008, the goalkeeper was 30 years old when he left in 2020.",
        "Appointed as a junior clerk in 1960, the chairman is now 80 years old.",
      ],
    });
  });

  // "The founder, who started the business in 1996 at the age of 23, turned 50": the subject of a set-off "who" clause
  // is a person, whose age a business's start does not found.
  describe("a person's age after a set-off “who” clause", () => {
    itChecks(ageMismatch, {
      fires: [
        // "which" opens a thing's clause: its age is the thing's.
        "The restaurant, which the chef opened in 2005 when she was 28, turned 15 in 2022.",
        "The firm, which its founder started in 1996, turned 30 in 2023.",
      ],
      silent: [
        "The founder, who started the business in 1996 at the age of 23, turned 50 in 2023.",
        "The curator, who joined the museum in 1990 at the age of 25, turned 60 in 2025.",
        "The architect, who set up the practice in 1980 at the age of 30, turned 70 in 2020.",
        "The chef, who opened the restaurant in 2005 at the age of 28, turned 45 in 2022.",
      ],
    });
  });

  // "damaged by shelling in 2022": "by" naming a doer does not make the year a future bound ("by 2030" does).
  describe("a year after a passive “by”", () => {
    itChecks(ageMismatch, {
      fires: [
        "The cathedral, built in 1650, was more than four centuries old when it was damaged by shelling in 2022.",
        "The lighthouse, built in 1790, was 300 years old when it was hit by a storm in 2010.",
        "The bridge, opened in 1932, was destroyed by floods in 1952 at 50 years old.",
        "The pier, completed in 1890, was more than 150 years old when it was wrecked by a storm in 2014.",
      ],
      silent: [
        "The cathedral, built in 1650, was more than three centuries old when it was damaged by shelling in 2022.",
        "The lighthouse, built in 1790, was 220 years old when it was hit by a storm in 2010.",
        "The bridge, opened in 1932, was destroyed by floods in 1952 at 20 years old.",
        "The plant, opened in 1990, will be 40 years old by 2030.",
      ],
    });
  });

  // "turned 40 this year" is an age of the time of writing, which is no earlier than any year named.
  describe("an age turned this year", () => {
    itChecks(ageMismatch, {
      fires: [
        "The refugee camp, opened in 1992, turned 40 this year, officials said at a ceremony in 2022.",
        "The club, founded in 1995, turns 50 this year.",
        "The bridge, opened in 1991, turned 60 this month.",
        "The theatre, which opened in 2001, turned 40 this year.",
      ],
      silent: [
        "The refugee camp, opened in 1992, turned 30 this year, officials said at a ceremony in 2022.",
        "The school, opened in 1990, turned 35 this year.",
        // A person's age, whom only a birth founds.
        "She turned 40 this year, the club, founded in 1995, said.",
      ],
    });
  });

  it("gives the years that contradict the age", () => {
    const [finding] = ageMismatch.check("The 20-year-old alliance formed in 1979 was renewed in 2019.");
    expect(finding.message).toBe("“20-year-old”, but 1979 to 2019 is 40 years.");
  });
});
