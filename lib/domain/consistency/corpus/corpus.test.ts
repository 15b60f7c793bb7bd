// Must-fire and must-not-fire from the development corpus: every contradiction
// in development.tsv is flagged and no clean sentence is, except the misses
// and false alarms listed here (kept honest: bench:lint counts them). The held-out part is
// measured by `npm run bench:lint` only, so no rule is written against it; it may be empty
// (between two fresh files), and must still parse.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintClaim } from "../lint-claim";
import { describeScore, parseCorpus, scoreCorpus } from "./corpus";

const development = parseCorpus(fs.readFileSync(path.join(__dirname, "development.tsv"), "utf8"));
const KNOWN_MISSES = new Set([
  // A ship's "age" in its launch year.
  "The ship, launched in 1912, sank on its maiden voyage that year, aged 20.",
  // Who "gave it majority support" is a reading of the verbs, not of the figures: five of 12 backed the bid, but
  // the rules do not tie the backing to the support.
  "The 12-member board, five of whom backed the bid, gave it majority support.",
  // Backing two rivals excludes, backing two policies need not: the rules cannot tell candidates from policies.
  "The poll found 53% backing the mayor and 51% backing her rival.",
  // Shares with no whole named ("its rivals took 35% and 30%") are not grouped: shares at different times or of
  // different wholes would add up too. (Stakes are, when none names what it is in and no two times are told of.)
  "The party's vote share rose to 41%, while its rivals took 35% and 30%.",
  // Three applicants a place means a third admitted, not half: a ratio of people to places is not read as a share.
  "With three applicants for every place, about half of those who apply are admitted, the university said.",
  // From the night batch's untuned half. A thing's running time ("operating for 11 years") against its launch year
  // and the year of writing is not read.
  "The telescope, launched in 2021, has now been operating for 11 years, the agency said in its 2026 review.",
  // "Among the 150" and "of whom" lists may leave some out, so only parts over the total are flagged; "all six"
  // after its parts is not read as their total.
  "Three defendants were convicted and two acquitted, meaning all six of those tried received verdicts on Friday.",
  "Casualties from the rail collision rose to 63, of whom 18 died and 41 were seriously injured, officials said.",
  // An ordinal with every rival given below it ("third place … ahead of $760bn and $580bn") may leave out those
  // above; "beat every other carrier" against "ranked fifth" is a reading of the verb.
  "Mexico slipped to third place among America's trading partners, with $840bn of two-way trade, ahead of Canada at $760bn and China at $580bn.",
  "Ranked fifth in the punctuality table at 88%, Singapore Airlines beat every other carrier in the survey, whose scores ranged from 71% to 86%.",
  "Norway became Europe's second-largest gas supplier last year, with 118 bcm against 92 bcm from Algeria and 41 bcm from Qatar.",
  // From batch 8's untuned half. "Minority shareholders" owning 64% together is a contradiction only when they are
  // all the minority; clean development rows use the phrase for outside holders of any size.
  "The minority shareholders, who together own 64% of the private prison operator, have sued its board.",
  // Control of a council "after winning 14 of its 33 seats" may be a minority administration: outside knowledge.
  "The Greens now control Harrowfield council after winning 14 of its 33 seats on Thursday.",
  // Possession shares of two sides are not tied to one match's whole ("against" may compare two matches).
  "United's 57% possession against Rangers' 48% told the story of a one-sided first half.",
  // From batch 9's untuned half. "57 per cent of completions" names a whole of its own: that completions are the new
  // homes built is a reader's knowledge ("Half the staff were laid off, 10% of the town's jobs" is clean).
  "Seven out of ten new homes in the district were built on greenfield land last year, 57 per cent of completions, the monitoring report shows.",
  // From batch 10's untuned half. An anniversary "next year" or a service "ending this autumn" contradicts only the
  // year of writing, which the sentence does not give (today's date would be outside knowledge).
  "The bridge, which opened in 1966, will mark its 50th anniversary next year with a festival organised by the council.",
  "The ferry, built in 1998, is being retired this autumn after 36 years of service on the Irish Sea crossing.",
  // "With just 2,900 of the 7,400 tickets" after "most" is as often a subset; only "beyond its borders" meaning
  // "outside the county" makes it the same group.
  "Most of the festival's audience came from outside the county, with just 2,900 of the 7,400 tickets sold to visitors from beyond its borders.",
  // Three school types after "Of the 87 schools" may leave others out (foundation, free schools): only parts over
  // the total are flagged for "Of the N" lists.
  "Of the 87 schools in the borough, 34 are academies, 29 are community schools and 18 are voluntary-aided, the council said.",
  // From batch 11's untuned half. The parts come to 2.35 million, which rounds to the 2.4 million told: the
  // rule allows
  // a one-decimal total its rounding, and "of which" after "counted" may leave other parties out.
  "Election officials counted 2.4 million ballots, of which 1.3 million went to the ruling party, 900,000 to the opposition and 150,000 were spoiled.",
  // From batch 12's untuned half. A fleet that "will grow to 14 once three are delivered" is a change, not a
  // breakdown of a total; no rule reads a sum of a level and an addition.
  "The cruise operator's fleet of nine ships will grow to 14 once the three vessels on order have been delivered.",
  // 1.2 million may be 1.15 to 1.25 million, so the difference may be 618,000 to 718,000: 685,000 is inside it.
  "Net migration stood at 685,000, the difference between 1.2 million arrivals and 532,000 departures.",
  // That the 95 estates are the vineyards and "reporting no damage" means "escaped" is a reading of the words.
  "Only a minority of the region's vineyards escaped the frost, with 61 of the 95 estates reporting no damage.",
  // From batch 13's untuned half. "EUR500m" with the code before the figure is not read as an amount by the shared
  // number parser (magnitude-mismatch reads codes for itself, total-mismatch does not).
  "The aid package totals EUR500m: EUR250m for food, EUR150m for shelter and EUR150m for health.",
  // That the vaccine group is the 3,000 who got the jab, not "the rest", is knowledge of trials, not of the figures.
  "The trial's vaccine group made up the majority of the 6,400 participants, with 3,000 receiving the jab and the rest a placebo.",
  // "1.3 million of them in the US" (a scaled figure before "of them") and "the remaining 0.5 million" as a last
  // part are both unread by total-mismatch; the parts come to 2.6 million against 2.4.
  "The album sold 2.4 million copies worldwide, 1.3 million of them in the US, 0.8 million in Britain and the remaining 0.5 million in the rest of the world.",
  // Rounds 5 and 6 (batch 14's and 15's untuned halves), still missed:
  // Not provable from the sentence: a tour that "includes" 13 of 14 dates may list only some; parts of 0.45
  // against a 0.4-point rise are within the rounding of figures given to one or two decimals; or outside
  // knowledge: that "stay put" means not switching, that the yellow jersey marks the leader on one stage a day,
  // that "the best deal" is one of the savings rates, that super unleaded and petrol are the only other fuels,
  // that ticket types and cricket or TB-test outcomes exclude one another.
  "The singer's 14-date tour includes eight UK shows and five in mainland Europe.",
  "The 0.4-point rise in headline inflation was entirely accounted for by food, which added 0.2 points, energy, at 0.15 points, and transport, at 0.1 points.",
  "Most respondents did not expect to switch tariff, with 4,100 of the 9,000 saying they would stay put.",
  "The Slovenian led the Tour for the majority of its 21 stages, wearing the yellow jersey on eight days.",
  "Savings rates have tripled in two years, with the best easy-access deal climbing from 1.5% to 3.6%.",
  "Diesel was the second most expensive fuel on forecourts at 152p a litre, above both super unleaded at 149p and petrol at 147p.",
  "Tickets for the West End revival were 62% full price, 31% discounted and 12% complimentary.",
  "Of the deliveries the opener faced, 64 per cent were dot balls, 29 per cent went for singles and 15 per cent were hit to the boundary.",
  "Of the 300 cattle tested for TB on the farm, 88% were clear, 9% gave inconclusive results and 6% were reactors.",
  // Readable, not reached in rounds 5 and 6 (35-minute boxes): a part set off after a long phrase, after "at"
  // or "fewer than", or after a colon; "most of the board with four of its 11"; a majority "after winning 17 of
  // them"; vote tallies ("four votes to the five", "1,340 against and 1,610 in favour"); ", a majority that"
  // after a count; "whose 142 runs"; "concerned X, which accounted for"; "although only 870 of the 2,000"; a
  // "with N acres" that may be a subset.
  "A majority of residents who responded to the consultation, 412 of 1,030, backed the low-traffic scheme.",
  "Tenants' groups, who make up most of the housing board with four of its 11 members, walked out of the meeting.",
  "Most of the force's 3,200 officers — fewer than 1,400 — are now deployed on neighbourhood duties.",
  "The Greens hold a majority of the 40 seats on the eastern area committee after winning 17 of them in May.",
  "The bulk of England's storm overflows spilled more than 60 times last year, the data show: 6,200 of the 14,500 that are monitored.",
  "The survey found that most households separate their food waste, although only 870 of the 2,000 people questioned said they did so.",
  "Voting members rejected the merger of the two guilds by a majority, with 1,340 votes against and 1,610 in favour.",
  "Most respondents to the CBI's industrial trends survey, 480 out of 1,100, reported weaker orders than three months ago.",
  "Electric models made up most of the carmaker's 480,000 sales last year, at 190,000 vehicles.",
  "Councillors in favour of the wind turbine scheme were in the majority on Tuesday night, winning four votes to the five cast against.",
  "Most of the farm's 400 acres are given over to winter wheat, with 150 acres planted this autumn and the remainder split between barley and grass leys.",
  "Most of Yorkshire's 410 came from the top order, whose 142 runs were barely a third of the total.",
  "Five of the sprinter's 12 races this season ended in victory, a majority that underlines his consistency.",
  "The bulk of complaints to the ombudsman last year concerned banking, which accounted for 41 per cent of the 180,000 cases received.",
  // Readable, not reached: fractions "one in every 20 … about 10 per cent", "three to one, by 60% to 30%", "30
  // — more than half —" of 80, "three-quarters … about 60%", "a tenth of the total at 19%".
  "Fare evasion affects one in every 20 tram journeys, the operator estimates — about 10 per cent.",
  "Supporters of the solar park outnumbered opponents three to one, by 60% to 30%.",
  "Of the 80 galleries surveyed, 30 — more than half — reported falling visitor numbers.",
  "Energy accounted for three-quarters of the rise in inflation, about 60% of the increase.",
  "Exports to China, a tenth of the total at 19%, fell sharply in the second quarter.",
  // Readable, not reached: shares of one whole told in mixed verbs ("ended in conviction … were dropped … are
  // pending"), with the verb left out ("52 per cent moderate, 28 per cent poor"), as time bands in three
  // wordings, as "of men under 30 … of men aged 30 and over", as yes/no beside spoiled ballots, or with "a
  // quarter" (not read as a share by numbers.ts).
  "Of the 3,100 arrests made in the city last year, 52% were of men under 30, 35% of men aged 30 and over, and 19% of women.",
  "Of the 200 environmental prosecutions brought, 55 per cent ended in conviction, 40 per cent were dropped and 15 per cent are still pending.",
  "Of the 1,200 rivers assessed, 14 per cent were in good ecological health, 52 per cent moderate, 28 per cent poor and 11 per cent bad.",
  "Of viewers who finished the series, 27% did so in a single day, 49% over two to seven days and 31% took more than a week.",
  "The local vote on the data-centre plan ended 52 per cent yes and 46 per cent no, with 5 per cent of ballots spoiled.",
  "Of the 20 swimmers in the semi-finals, half were European, 30 per cent American and a quarter from Asia.",
  // Readable, not reached: ranks against "passed the $450m mark", "the smallest increase … well above food",
  // and rivals given as a range after a semicolon.
  "With $412m, the band's tour ranks as the year's highest-grossing, although two other tours passed the $450m mark.",
  "Rents rose 8.2 per cent, the smallest increase of any category and well above food at 5.1 per cent.",
  "Little Ashby, with 340 residents, is the smallest of the district's five parishes; the others range from 290 to 1,800 people.",
]);
const KNOWN_FALSE_ALARMS = new Set([
  // Nigeria is not in East Africa: the rules cannot know a superlative's scope.
  "Kenya's economy, the largest in East Africa at $110bn, is smaller than Nigeria's $470bn.",
]);

describe("development corpus", () => {
  it("has at least 100 contradictions of eight kinds and 90 clean sentences", () => {
    const kinds = new Set(development.filter((e) => e.kind !== "clean").map((e) => e.kind));
    expect([...kinds].sort()).toEqual(["age", "fraction", "majority", "multiplier", "over100", "rank", "total", "unit"]);
    expect(development.filter((e) => e.kind !== "clean").length).toBeGreaterThanOrEqual(100);
    expect(development.filter((e) => e.kind === "clean").length).toBeGreaterThanOrEqual(90);
  });

  it.each(development.filter((e) => e.kind !== "clean" && !KNOWN_MISSES.has(e.sentence)).map((e) => [e.kind, e.sentence]))(
    "flags the %s contradiction: %s",
    (_kind, sentence) => expect(lintClaim(sentence).length).toBeGreaterThan(0),
  );

  it.each(development.filter((e) => e.kind === "clean" && !KNOWN_FALSE_ALARMS.has(e.sentence)).map((e) => [e.sentence]))("leaves clean: %s", (sentence) => {
    expect(lintClaim(sentence)).toEqual([]);
  });

  it("still misses what it is known to miss (remove from KNOWN_MISSES once caught)", () => {
    for (const sentence of KNOWN_MISSES) expect(lintClaim(sentence)).toEqual([]);
    for (const sentence of KNOWN_FALSE_ALARMS) expect(lintClaim(sentence).length).toBeGreaterThan(0);
  });
});

describe("held-out corpus", () => {
  it("parses, and an empty part reports 'no rows' rather than rates of nothing", () => {
    const heldOut = parseCorpus(fs.readFileSync(path.join(__dirname, "held-out.tsv"), "utf8"));
    const score = scoreCorpus(heldOut, (sentence) => lintClaim(sentence).length > 0);
    if (heldOut.length === 0) expect(describeScore("held-out   ", score)).toBe("held-out: no rows");
    expect(describeScore("held-out", scoreCorpus([], () => false))).toBe("held-out: no rows");
    expect(describeScore("held-out", scoreCorpus(heldOut, () => false))).not.toMatch(/NaN/);
  });
});
