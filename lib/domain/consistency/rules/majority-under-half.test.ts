import { describe, expect, it } from "vitest";
import { majorityUnderHalf } from "./majority-under-half";
import { itChecks } from "./rule-cases.test-fixture";

describe("majority-under-half", () => {
  itChecks(majorityUnderHalf, {
    fires: [
      "The bank has a majority stake in the lender after raising its holding from 20% to 35%.",
      "The ruling party, which has a majority in the assembly, holds 44 of its 100 seats.",
      "Most of its revenue – just under 40% – comes from China.",
      "A narrow majority of 49.5% voted to leave.",
      "Backed by 41 per cent of MPs, the bill passed with majority support.",
      "Shareholders with just over a third of the stock – a majority, the company says – approved the deal.",
      "Some 40 to 50 per cent of members, a majority, backed the strike.",
      "The bank now owns the majority of the insurer, having raised its stake to 30%.",
      "The founding family retains majority ownership through its one-third stake.",
      "Most of the rise, about 30% of it, came from exports.",
      // The demo article's two errors.
      "The French government, which owns a majority 15% of Renault, blocked a vote and demanded more time to win Nissan’s backing.",
      "He insists that it’s a conspiracy borne out of fear that he would bring Nissan closer to its top shareholder, Renault, which holds a majority 43% stake.",
      "Renault holds a majority stake of 45% in Nissan.",
      "Most voters, 40%, backed him.",
      "Renault holds 43%, a majority of the shares.",
      "It bought a majority 50% stake.",
      // A whole given as a count, with a part restated beside it that is not more than half.
      "Most of the 40 restaurants inspected by the council last month, 15 of them, failed on hygiene.",
      "The bulk of the 1,200 homes built on the estate, around 400 in all, were sold to investors.",
      "The bulk of the £2bn budget, £600m, goes on salaries.",
      "Local fans made up most of the 30,000 crowd, with 9,000 travelling from the city.",
      "Labour won a majority in the assembly with 28 of the 60 seats.",
      "The coalition holds a narrow majority of 30 seats in the 80-seat parliament.",
      "The club owns 49% of the company and the council 30%, making the club the majority shareholder.",
      "87 of the 212 offences recorded, the majority, involved shoplifting.",
      "The Greens took control of the council with a majority of 19 of the 45 seats.",
      "A majority of the 80 delegates who voted on Sunday – 35 of them – backed the motion.",
      "Most of the 45 councillors elected in May, 19 in all, are new to the chamber.",
      "The majority of the £40m raised by the appeal since 2020, £12m, came from a single donor.",
      // A majority of a whole, held with a count of a count of it.
      "The trustees, who hold a majority of the voting shares with 2,000 of the 5,000 in issue, opposed the deal.",
      "The Greens won a majority of the seats with 19 of the 45 seats.",
      "The trustees, who control a majority of the 5,000 voting shares with 2,000 of them, rejected the merger.",
      "The trustees, with a majority of 2,000 of the 5,000 voting shares, rejected the merger.",
      "The Lees, majority shareholders with 35%, blocked the sale.",
      // The word is what a share given to another leaves, and that is not more than half.
      "The sale gave the pension fund a 60% stake in the airport, leaving the council with the majority.",
      "Investors bought a 70% stake, leaving the founder with a clear majority.",
      "Labour won 45% of the seats, leaving it with a majority.",
      // A phrase of up to six words before the share set off ("this year" is no pronoun); a person's own count; a
      // possessive of two words; a body's seats are the body; shares held jointly are held as their sum.
      "Most of the charity's spending last year, 30 per cent, went on salaries.",
      "The bulk of the city's housing budget this year, 22%, goes on repairs.",
      "He spent most of his 40 years in the force, some 15 of them, in uniform.",
      "Most visitors to the park, 1.2 million of last year's 3 million, came by car.",
      "The independents hold a majority of the school's governing board with 5 of its 12 seats.",
      "The three partners, with 20%, 15% and 10%, together hold a majority of the shares.",
    ],
    silent: [
      "The bank has a majority stake in the lender after raising its holding from 40% to 55%.",
      "A majority of nurses (62%) and a minority of doctors (30%) back the strike.",
      "The ruling party, which has a majority in the assembly, holds 54 of its 100 seats.",
      "Most of the time, fewer than 10% of trains are late.",
      "Backed by 41 per cent of the vote, the party won a majority.",
      "Supported by 30% of members, she has no majority on the board.",
      "A slim majority of just over 50% backed it.",
      "An estimated 45-55% of members, possibly a majority, backed the strike.",
      "A majority of analysts expect the bank to raise its stake to 30% next year.",
      "Most of the rise, about 2%, came in the second half of the year.",
      "A majority of 55% or more would be needed to change the constitution.",
      "Turnout of 60% or more is needed, and most polls put it at 45%.",
      "Renault holds a majority 51% stake in Nissan.",
      "At most 40% of people voted.",
      "It holds 43% of the shares, short of a majority.",
      "A majority of the 40% who voted backed the plan.",
      "Most analysts expect the stake to fall sharply below 40% this year.",
      "The Senate majority leader said sales rose 5%.",
      "France was ready to reduce its 15% stake in Renault.",
      "A majority of members backed the plan.",
      "Most of the 26 jurors were excused on Monday, nine of them on hardship grounds.",
      "The bulk of the 310 flights cancelled at Gatwick on Friday, 196 of them, were short-haul services.",
      "The bulk of the £2bn budget, $600m, goes on salaries.",
      "Most of the 300 staff at the plant in Derby, 120 of them engineers.",
      "The Greens claimed a majority on the council with 29 of the 45 seats.",
      "The party kept its majority on the council, and won 19 of the 45 seats in the city.",
      "The coalition holds a majority of 30 seats in the 650-seat parliament.",
      "The coalition holds a slim majority of four seats in the 100-member chamber.",
      "Fans made up the majority of the 18,000 crowd, with 12,000 making the trip.",
      "Most of the 18,000 crowd were home fans, with 6,500 making the trip.",
      "The club owns 51% of the company and the council 49%, making the club the majority shareholder.",
      "The bulk carrier lost most of its cargo.",
      // A majority of a whole held with a count of a count: over half, or a count of another noun.
      "The trustees, who hold a majority of the voting shares with 3,000 of the 5,000 in issue, opposed the deal.",
      "A majority of the members with 40 of the 100 seats backed the motion.",
      "The trustees, who control a majority of the 5,000 voting shares with 3,000 of them, rejected the merger.",
      "The trustees control a majority of the 5,000 voting shares with 2,000 of them women.",
      "The Lees, majority shareholders with 65%, blocked the sale.",
      // What a share given to another leaves is over half; no one left with one.
      "The sale gave the pension fund a 49% stake in the airport, leaving the council with the majority.",
      "Investors bought a 30% stake, leaving the founder with a clear majority.",
      "The council sold a 45% stake, leaving it with a majority.",
      "Labour won 45% of the seats, leaving no party with a majority.",
      "The sale gave the pension fund a 49% stake in the airport, leaving the council in majority control.",
      // A part told of further is a subset; "with" only for a count of those who came, and not a small one.
      "Most of the 300 flights cancelled at Heathrow on Friday, 96 of them to Spain, were short-haul.",
      "Most of the 40 staff made redundant at the plant last month, 15 of them women, have found new jobs.",
      "The bulk of the £14m grant, £3m of it from the council, will go on roads.",
      "Women made up the majority of the 500 staff, with 120 in senior roles.",
      "Home fans made up most of the 30,000 crowd, with 2,000 travelling from Leeds.",
      "The party has a slim majority of 12 seats in the 100-member chamber.",
      "107 of the 212 offences recorded, the majority, involved shoplifting.",
      "87 of the 212 offences recorded, the majority of them in June, involved shoplifting.",
      "The Greens took control of the council with a majority of 29 of the 45 seats.",
      "A majority of the 80 delegates who voted on Sunday – 45 of them – backed the motion.",
      "The majority of the £40m raised by the appeal since 2020, £32m, came from a single donor.",
      "The two main shareholders, with 35% and 20%, together control a majority of the votes.",
      "Between them the founders, on 30% and 25%, hold a majority.",
      "Most of the council's spending this year, 60 per cent, goes on care.",
      "Most of the board's 12 members, 8 of them, are independents.",
      "The independents hold a majority of the school's governing board with 7 of its 12 seats.",
      "She spent most of her 40 years in the force, some 25 of them, in uniform.",
    ],
  });

  it("explains the finding and marks the words", () => {
    const sentence = "The French government, which owns a majority 15% of Renault, blocked a vote.";
    const [finding] = majorityUnderHalf.check(sentence);
    expect(finding.message).toBe("“Majority” with 15%: 15% is not a majority (more than half).");
    expect(sentence.slice(finding.start, finding.end)).toBe("majority 15%");
  });
});
