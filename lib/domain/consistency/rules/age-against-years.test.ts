import { describe, expect, it } from "vitest";
import { ageAgainstYears } from "./age-against-years";
import { itChecks } from "./rule-cases.test-fixture";

describe("age-against-years", () => {
  describe("an age against a birth year and the years named", () => {
    itChecks(ageAgainstYears, {
      fires: [
        // An age before a superlative of age is at the event the sentence tells of.
        "The university’s new chancellor, at 39 the youngest in its history, was born in 1978 and takes office in January 2025.",
        "The astronaut, born in 1931, became at 77 the oldest person to reach orbit when he flew in 1998.",
        "Born in 1960, the bishop was enthroned in 2015 at 48 one of the youngest in the church.",
        "Born in March 1961, the senator won her first election in 1990 at the age of 35.",
        "The 1938-born painter held his first show in 1972, aged 25.",
        "Pelham (1920–1994) was 80 when his last novel appeared in 1991.",
        "Hughes, b. 1930, retired from the stage in 1985 at 62.",
        "The duke, who was born in 1899, inherited the title in 1937, when he was just 24.",
        "In 2012, at 19, the swimmer — born in 1988 — took gold.",
        "The forward, 23 when he signed in 2015, was born in 1985.",
        "She was in her 60s when she published her first novel in 1990, having been born in 1948.",
        "A then 45-year-old Morris, born in 1950, took over the firm in 1980.",
        "Celebrating her 90th birthday in 2019, the actress, who was born in 1925, thanked her fans.",
        "Only 17 at the time of his debut in 2001, the midfielder had been born in 1979 in Lagos.",
        "The novelist, born in 1940, was only 19 when her first book came out in 1965.",
        "Born in 1970, Ms Reyes turned 40 in 2015.",
        "Born in 1985, the mayor won the seat in 2010 and became, at 30, the youngest to hold it.",
        "The poet was thirty when her first collection appeared in 1975; she had been born in 1951.",
        "The then-38-year-old minister, born in 1960, resigned in 2010.",
        "In 2016, when he was 26, the forward, born in 1985, moved to Spain.",
        "Born in the 1950s, he was 20 when he emigrated in 1990.",
        "The 59-year-old, who was born in 1970 and has run the firm since 2011, spoke on Monday.",
        "The 41-year-old head teacher, born in 1990, took charge in 2020.",
        "Born in 1950, she emigrated 30 years later, aged 25.",
        "Councillor Jane Ryder (49), born in 1985, chairs the committee.",
        "Born in 1970, she says she will be 65 in 2030.",
        "The actor (1935-1999), who died aged 70, is buried in Rome.",
        "The cellist, who celebrated her 30th birthday in 2015, was born in 1990.",
      ],
      silent: [
        // With no verb before it, an age beside a superlative of age may be of now.
        "The senator, at 89 the oldest member of the chamber, was born in 1933 and first elected in 1992.",
        "The astronaut, born in 1921, became at 77 the oldest person to reach orbit when he flew in 1998.",
        "The chancellor, at 46 the youngest in its history, was born in 1978 and took office in January 2025.",
        "Born in 1960, the bishop was enthroned in 2015 at 55 one of the youngest in the church.",
      // Someone else's birth dates an age; it is not the age's own.
      "His mother was 35 when he was born in 1990, and she died in 2015, aged 60.",
        "Born in March 1961, the senator won her first election in 1990 at the age of 29.",
        "The 1938-born painter held his first show in 1972, aged 33.",
        "Pelham (1920–1994) was 71 when his last novel appeared in 1991.",
        "Hughes, b. 1930, retired from the stage in 1985 at 55.",
        "She was in her 40s when she published her first novel in 1990, having been born in 1948.",
        "Celebrating her 94th birthday in 2019, the actress, who was born in 1925, thanked her fans.",
        "Jones, 45, whose mother was born in 1950, took over the farm in 2010.",
        "The 200-year-old cottage where she was born in 1950 was sold in 2020.",
        "The club, which marked its 50th year in 2010, had signed the striker, born in 1990, in 2009.",
        "At about 40, the architect, born in 1931, designed the tower in 1968.",
        "The 70-year-old, born in 1950, first stood for election in 1983.",
        "Born in 1980, she moved to Leeds in 2010 with her two children, aged 5 and 8.",
        "She married a man born in 1950 when she was 25, in 1990.",
        "Born in 1975, the 51-year-old has led the union since 2019.",
        "The trust, set up in 1990 by a 40-year-old banker born in 1950, will close in 2030.",
        "Born in 1950, she was 30 when she married, and retired in 2010.",
        "The swimmer, born in 1990, left school aged 16 and won gold in 2012.",
        "Born in 1960, he set up the firm at 25 and sold it in 2010.",
        "The novelist, born in 1940, was only 24 when her first book came out in 1965.",
        "Born in 1920, he celebrated his 90th birthday with friends and died in 2015.",
        "Born in 1950, he was 25 then, and in 2000 he retired.",
        "Born in 1988, the 38-year-old striker scored twice in 2010.",
        "Born in 1970, Ms Reyes turned 45 in 2015.",
        "The poet was twenty-four when her first collection appeared in 1975; she had been born in 1951.",
        "The 45-year-old and his 12-year-old son, born in 2010, were rescued in 2022.",
        "The band formed in 1990; its singer, born in 1972, was 18 at the time.",
        "Mr Tan, 61, has chaired the board since 2015 and was born in 1965.",
        "Aged 18 months in 2010, the boy born in 2008 was adopted.",
        "At 34, she is the youngest chief executive; she was born in 1992.",
        "Born in 1960, the manager signed the 19-year-old in 2015.",
        "Born in 1960, the manager signed a striker aged 19 in 2015.",
        "Born in 1960, she hired the 30-year-old Jones in 2015.",
        "The 38-year-old entrepreneur sold the business in 1990 to a man born in 1950.",
        "Aged between 18 and 25, the recruits, all born after 1995, joined in 2020.",
        "Born in 1950, she emigrated 30 years later, aged 29.",
        "Founded in 1990 by brothers aged 25 and 30, the firm was sold in 2020; the elder was born in 1960.",
        "Born in 1970, she says she will be 60 in 2030, when her pension starts.",
        "The conductor, who turns 50 next year, was born in 1977.",
        "The actor (1935-1999), who died aged 64, is buried in Rome.",
        "Councillor Jane Ryder (41), born in 1985, chairs the committee.",
        "The 29-year-old, whose father was born in 1940 and died in 2000 at 60, took over the farm in 2019.",
      ],
    });
  });

  // A birth told without "born in" ("a 1958 baby", "since his birth in 1961", "year of birth, 1961") is a birth year, never
  // the year of an age set after it.
  describe("a birth year said without “born in”", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "The coach, a 1958 baby, retired in 2020 at 55.",
        "He has lived in the village since his birth in 1961 and was 50 when he became mayor in 2001.",
        "Her year of birth, 1972, makes her the squad's oldest, and she was 30 when she won in 2012.",
        "The coach, who was 1961-born, was appointed in 2010 at 39.",
      ],
      silent: [
        "A 1958 baby, aged 62, she retired in 2020 and returned in 2022 aged 64.",
        "He has lived in the village since his birth in 1961 and was 40 when he became mayor in 2001.",
        "Her year of birth, 1972, makes her the squad's oldest, and she was 40 when she won in 2012.",
        "The coach, who was 1961-born, was appointed in 2010 at 49.",
        // Another's birth is no birth of the age's holder.
        "Her son's birth in 1990, when she was 30, changed her life; she retired in 2020 aged 60.",
        "The 1961 birth rate was low, and he was 40 in 2001.",
      ],
    });
  });

  // An age's own "when" clause dates it, however near a year in the clause before: two ages said of two years are not
  // read as of one moment. "at 16 in Beijing in 2008": a place may stand between an age and its year.
  describe("each age at the year of its own clause", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "The president, who was 41 when first elected in 2019, will be 51 when he stands for a second five-year term in 2024.",
        "The mayor was 38 when she won in 2010, and was fifty when she stood down in 2014.",
        "Elected in 2005, he was 30 when he first took office; in 2015, he was 48 when he lost the seat.",
        "Olympic champion at 16 in Beijing in 2008, the gymnast was 31 when she competed at her final Games in Tokyo in 2021.",
        "World champion at 19 in Oslo in 2001, the skier was 35 when she retired in 2012.",
        "A grandmother at 38 in 1990, she was 70 when her first great-grandchild arrived in 2015.",
      ],
      silent: [
        "The president, born in 1978, was 41 when first elected in 2019, will be 46 when he stands again in 2024.",
        "The president, who was 41 when first elected in 2019, will be 46 when he stands for a second five-year term in 2024.",
        "Born in 1970, she won bronze in 2000, and was 40 when she took gold in 2010.",
        "Olympic champion at 16 in Beijing in 2008, the gymnast was 29 when she competed at her final Games in Tokyo in 2021.",
        "World champion at 19 in Oslo in 2001, the skier was 30 when she retired in 2012.",
        // A figure "at" a level is no age.
        "The index stood at 52 in the spring in 2010 and at 60 in 2012.",
      ],
    });
  });

  // An age of now and an age in a year name one birth year, give or take one; an age right before a time served is at
  // its end, the span's start plus its length; "as a 22-year-old" is at the event of its clause.
  describe("career arithmetic: ages at two times of one life", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "Councillor Margaret Hale, 71, who was first elected in 1979 at the age of 19, is stepping down in 2024 after 45 years on the authority.",
        "The tycoon, 73, who founded the mining empire in 1972 at the age of 26, said in March 2024 that his daughter would succeed him.",
        "The pensioner, 81, who began paying into the scheme in 1964 aged 16, told the inquiry in 2024 that he had lost a third of his expected income.",
        "The 60-year-old, who signed for the club in 1990 aged twenty, retired in 2021.",
        "Mr Okafor, 45, who won his first cap in 2001 at 18, said on Monday in 2024 he would retire.",
        "Detective Chief Inspector Sarah Colley, who joined the force in 1996 as a 22-year-old constable, retires this month at the age of 61 after 28 years' service.",
        "The head teacher joined the school in 1990 as a 25-year-old and retired at 60 after 30 years.",
        "She was appointed in 2001 aged 30 and left the board at the age of 52 after 15 years.",
        "Savers born in 1960 reached the state pension age of 66 in 2024, the first group to be affected by the change.",
        "Workers born in 1950 reached their retirement age of 65 in 2010.",
        "The company's founder was just 19 when he started the business in his parents' garage in 1976; he was born in 1955.",
        "The astronaut, 52, who was born in 1961, will become the oldest woman to fly to the space station when she launches in 2025.",
      ],
      silent: [
        "Councillor Margaret Hale, 64, who was first elected in 1979 at the age of 19, stepped down in 2024 after 45 years on the authority.",
        "The tycoon, 78, who founded the mining empire in 1972 at the age of 26, said in March 2024 that his daughter would succeed him.",
        "The pensioner, 76, who began paying into the scheme in 1964 aged 16, told the inquiry in 2024 that he had lost a third of his expected income.",
        "Detective Chief Inspector Sarah Colley, who joined the force in 1996 as a 22-year-old constable, retired at the age of 50 after 28 years' service.",
        "The head teacher joined the school in 1990 as a 25-year-old and retired at 55 after 30 years.",
        "Savers born in 1958 reached the state pension age of 66 in 2024, the first group to be affected by the change.",
        "The company's founder was just 21 when he started the business in his parents' garage in 1976; he was born in 1955.",
        // Two lives, or an age not yet reached.
        "Her mother was 61 when she was born in 1990, and she is now 35.",
        "Aged 30 when Jones was born in 1990, Smith is now 70.",
        "The 28-year-old was jailed for six years in 2023 and will be eligible for parole in 2026, aged 31.",
        "The striker, 19, was signed by the manager in 2015 at 45 years old.",
        "Hale, 71, whose husband was elected in 1979 at the age of 19, spoke in 2024.",
        "The coach, 60, was 19 when his father founded the club in 1979.",
        "She was 30 when she married, in her parents' home; her father, born in 1930, was 60 in 1990.",
      ],
    });
  });

  describe("a lifespan against the age at death", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "Gould (1932–1982) died of a stroke at 60.",
        "The painter lived from 1881 until 1973 and died aged 80.",
        "The actor, born in 1930, died in 1990 at the age of 70.",
        "Born in 1890, the explorer was 45 at his death in 1952.",
      ],
      silent: [
        "Gould (1932–1982) died of a stroke at 50.",
        "The painter lived from 1881 until 1973 and died aged 91.",
        "The actor, born in 1930, died in 1990 at the age of 59.",
        "Born in 1890, the explorer was 61 at his death in 1952.",
        "She died on Tuesday aged 97, having been born in 1928 and widowed in 1990.",
      ],
    });
  });

  describe("two dated ages of one person against the years between", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "He made his debut in 1995, aged 18, and played his last game in 2010, aged 38.",
        "At 25 in 2000 she opened the shop; in 2010, at 40, she sold it.",
        "Hired at 30 in 1984, the editor retired 25 years later, aged 61.",
        "She was 25 in 1990 when she married, and 52 in 2010 when she was widowed.",
        "He died in 2010 at 80, 20 years after retiring in 1990 at 55.",
        "At 30 she became a partner; 12 years later, aged 45, she retired.",
        "He was 19 when he signed, and two decades on, at 45, he became the club's chairman.",
        "Aged 25, the pianist made her debut, and five years later, at 26, she won the competition.",
      ],
      silent: [
        "He made his debut in 1995, aged 18, and played his last game in 2010, aged 33.",
        "At 25 in 2000 she opened the shop; in 2010, at 35, she sold it.",
        "Hired at 30 in 1984, the editor retired 25 years later, aged 55.",
        "Aged 30 in 2010, she met her husband, then 45, in 2012.",
        "The index stood at 52 in 2010 and at 80 in 2015.",
        "She was 25 in 1990 when she married, and 45 in 2010 when she was widowed.",
        "He was 30 in 2000, while his daughter was 12 in 2010.",
        "Prices were 20 in 2001 and 45 in 2011.",
        "He died in 2010 at 75, 20 years after retiring in 1990 at 55.",
        "The shares closed at 52 in 2005, and in 2010 at 80.",
        "At 30 she became a partner; 12 years later, aged 42, she retired.",
        "He was 19 when he signed, and two decades on, at 40, he became the club's chairman.",
        "Aged 25, the pianist made her debut, and five years later her sister, at 26, won the competition.",
      ],
    });
  });

  describe("a time served against the years it spans", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "Appointed in 2001, the headmaster retired in 2016 after two decades in charge.",
        "Hired in 1985, he ended a 20-year career at the paper when he left in 2015.",
        "She took over the shop in 1972 and sold it in 1990, after 30 years behind the counter.",
        "She taught at the school for two decades, from 1990 until 2000.",
        "Appointed curator in 1961, he spent 50 years at the museum before retiring in 1991.",
        "Elected in 1997, the MP served for 30 years and stood down in 2017.",
        "He retired in 2015 after a 25-year career that began in 1985.",
        "The couple, who have been married for 40 years, wed in 1995.",
        "She has worked at the hospital for 30 years, having joined in 2001.",
        "She ran the company for 15 years until 2020, having taken over in 2000.",
      ],
      silent: [
        "Appointed in 2001, the headmaster retired in 2021 after two decades in charge.",
        "Hired in 1985, he ended a 30-year career at the paper when he left in 2015.",
        "She took over the shop in 1972 and sold it in 1990, after 18 years behind the counter.",
        "After ten years of growth, the economy shrank in 2009, its first fall since 1991.",
        "He joined the club in 2010 and, after 12 years in prison, a former owner was freed in 2019.",
        "She taught at the school for two decades, from 1990 until 2011.",
        "Appointed curator in 1961, he spent 30 years at the museum before retiring in 1991.",
        "Elected in 1997, the MP served for 20 years and stood down in 2017.",
        "She joined the firm in 2010, and after five years of talks the merger was agreed in 2019.",
        "Signed in 2019 on a deal to run for five years, the striker left in 2021.",
        "He retired in 2015 after a 30-year career that began in 1985.",
        "The couple, who have been married for 30 years, wed in 1995.",
        "She has worked at the hospital for 20 years, having joined in 2001.",
        "She ran the company for 20 years until 2020, having taken over in 2000.",
        "Appointed in 2001, she led the school for 15 years before retiring in 2016, after 35 years in teaching.",
      ],
    });
  });

  describe("ages told another way: a typical age, an age now, a time served between two ages", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "Buyers in the 2024 survey had a median age of 34, so the typical buyer was born around 1980.",
        "The average age of the squad was 31 in 2022, meaning most were born in 1980.",
        "Mr Tanaka, who was 61 when he was elected leader in 2021, is now 58.",
        "The coach, 54 when she took over in 2019, is now 49 and under pressure.",
        "Retiring at 61 in 2023, Mr Vos had spent 45 years at the utility, which he joined at 19.",
        "She joined the bank at 25 and, after 40 years there, retired at 58.",
        "The laureate was awarded the prize in 1995 at 61, having made the discovery in 1983 at the age of 42.",
        "Born on 4 June 1990, the cyclist was 29 when she won the world road race title in September 2022.",
        "At 41, the goalkeeper played in the final, 25 years after making his debut at 19.",
      ],
      silent: [
        "Buyers in the 2024 survey had a median age of 34, so the typical buyer was born around 1990.",
        "Mr Tanaka, who was 61 when he was elected leader in 2021, is now 65.",
        "Her mother was 61 when she was born in 1990, and she is now 35.",
        "Retiring at 61 in 2023, Mr Vos had spent 40 years at the utility, which he joined at 19.",
        "She joined the bank at 25 and, after 30 years there, retired at 58.",
        "The painter, who died in 1990 aged 77, completed the mural in 1951, when she was 38.",
        "The laureate was awarded the prize in 1995 at 61, having made the discovery in 1983 at the age of 49.",
        "Born on 4 June 1990, the cyclist was 32 when she won the world road race title in September 2022.",
        "At 41, the goalkeeper played in the final, 22 years after making his debut at 19.",
      ],
    });
  });

  // "from 1960 until his retirement in 1985": a span's end may be an event of a few words before its year.
  describe("a time served against a span that ends at an event", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "He worked at the pit for four decades, from 1960 until his retirement in 1985.",
        "She taught at the school for twenty years, from 1971 until it closed in 2001.",
        "He served as mayor for 12 years, from 2002 until his defeat in 2010.",
      ],
      silent: [
        "He worked at the pit for 25 years, from 1960 until his retirement in 1985.",
        "She taught at the school for thirty years, from 1971 until it closed in 2001.",
        "He served as mayor for eight years, from 2002 until his defeat in 2010.",
        "She played for the club for a decade, from 2005 until her move abroad in 2015.",
      ],
    });
  });

  // "since 1995, when she was 24": the "when" clause dates the age at the span's start, which alone dates nothing.
  describe("an age at the start of a span, told in a “when” clause", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "The headteacher, who retired in 2022 at 62, had been in charge since 1995, when she was just 24.",
        "The coach, who left in 2020 at 58, had run the academy since 2001, when he was 25.",
        "She has led the choir since 1990, when she was thirty, and stepped down in 2015 aged 70.",
      ],
      silent: [
        "The headteacher, who retired in 2022 at 62, had been in charge since 1995, when she was 35.",
        "The coach, who left in 2020 at 58, had run the academy since 2001, when he was 39.",
        "He has run the shop since 1985, when his father was 60, and retired in 2020 at 62.",
        "Mrs Obi, 54, has chaired the bank since 2019.",
      ],
    });
  });

  // A time held or still running ("had held a licence for 22 years", "running the operation for a decade") between two
  // ages of one person cannot be longer than the years between them.
  describe("a time held or running between two ages", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "The driver, aged 34, told the court he had held a heavy goods licence for 22 years, having passed his test at 21.",
        "The defendant, now 19, was said to have been running the smuggling operation for a decade, since he was 12.",
        "The captain, 30, has held the club's appearance record for 14 years, since he set it at 19.",
        "The nurse, now 45, said she had been working on the ward for 30 years, since she qualified at 22.",
        "Aged 40, the shopkeeper has been running the corner store for 25 years, which he took over at 19.",
        "The chef, 38, has been leading the kitchen for 20 years, since she took charge at 25.",
      ],
      silent: [
        "The driver, aged 34, told the court he had held a heavy goods licence for 12 years, having passed his test at 21.",
        "The defendant, now 19, was said to have been running the operation for five years, since he was 12.",
        // Another holder opens the span's clause: it is theirs, not the person's between the two ages.
        "The singer, 34, whose family has held the farm for 200 years, started performing at 21.",
        "The striker, 34, whose club has held the trophy for 22 years, joined it at 21.",
      ],
    });
  });

  // A set-off age after any singular noun is a person's when "who" or the holder's "his"/"her" follows.
  describe("a set-off age of a person the word list does not name", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "The trade negotiator, 29, who graduated from university at 21 in 2003, was appointed to lead the tariff talks with Washington in January 2024.",
        "The bricklayer, now 58, began his apprenticeship at the age of 15 in 1976 and has worked on the estate for four decades, he said in 2024.",
        "The welder, 31, who qualified at 20 in 1995, was made foreman in 2022.",
        "The plasterer, now 44, started his first job at 16 in 1990 and retired in 2023.",
        "The organiser, 52, who founded the festival at 30 in 1985, stepped down in 2024.",
      ],
      silent: [
        "The trade negotiator, 42, who graduated from university at 21 in 2003, was appointed to lead the tariff talks with Washington in January 2024.",
        "The bricklayer, now 58, began his apprenticeship at the age of 15 in 1981 and has worked on the estate for four decades, he said in 2024.",
        // After a plural the set-off figure is a count of them, not an age.
        "Of the 40 applicants, 29, who had all graduated at 21 in 2003, were offered posts in 2024.",
        "Among the trainees, 12, who joined at 18 in 2001, were still on the books in 2024.",
      ],
    });
  });

  // A year in an age's own "in"/"on" date phrase ("his 90th birthday in March 2024") dates it, not a nearer year before.
  describe("an age dated in its own phrase", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "The media mogul, who turned 80 in 2019, marked his 90th birthday in March 2024 by handing control of the newspaper group to his son.",
        "The novelist, who turned 60 in 2010, celebrated her 75th birthday in June 2020 with a new book.",
        "The actor, who was 40 in 2000, marked his 50th birthday on 5 May 2005.",
        "The tycoon, who turned 70 in 2015, threw a party for his 80th birthday in April 2020.",
      ],
      silent: [
        "The media mogul, who turned 80 in 2019, marked his 85th birthday in March 2024 by handing control of the newspaper group to his son.",
        "The actor, who was 40 in 2000, marked his 45th birthday on 5 May 2005.",
        // The year after "in the hotel he bought in" is the hotel's, not the birthday's.
        "The mogul, who turned 80 in 2019, marked his 80th birthday in the hotel he bought in 2024.",
      ],
    });
  });

  // "turns 60 next month" is an age of the time of writing, a year short; the verb after a "who" clause is its holder's.
  describe("an age about to be turned", () => {
    itChecks(ageAgainstYears, {
      fires: [
        "The actor, who was 19 when she first played the role in 1978, turns 60 next month, the 2025 programme notes say.",
        "The singer, who was 25 when her debut album came out in 1990, turns 50 next week, her label said in its 2024 statement.",
        "The coach, who was 30 when he took charge in 2001, turns 50 tomorrow, the club's 2024 handbook notes.",
        "The conductor, born in 1950, turns 70 this year, the orchestra's 2025 brochure says.",
      ],
      silent: [
        "The actor, who was 19 when she first played the role in 1978, turns 66 next month, the 2025 programme notes say.",
        "The actor, who was 19 when she first played the role in 1978, turns 60 next month, her 2017 memoir says.",
        "The actor, whose mother was 19 when she first played the role in 1978, turns 30 next month, the 2025 programme notes say.",
        "The conductor, born in 1955, turns 70 this year, the orchestra's 2025 brochure says.",
      ],
    });
  });

  it("tells two dated ages earlier year first", () => {
    const [finding] = ageAgainstYears.check("He died in 2010 at 80, 20 years after retiring in 1990 at 55.");
    expect(finding.message).toBe("55 in 1990 and 80 in 2010: 20 years apart, but 25 years older.");
  });

  it("gives the years that fit the birth year", () => {
    const [finding] = ageAgainstYears.check("The 1938-born painter held his first show in 1972, aged 25.");
    expect(finding.message).toBe("“aged 25”, but born in 1938: 33 or 34 in 1972.");
  });
});
