import { describe, expect, it } from "vitest";
import { sharesOver100 } from "./shares-over-100";
import { itChecks } from "./rule-cases.test-fixture";

describe("shares-over-100", () => {
  itChecks(sharesOver100, {
    fires: [
      // A whole split two ways; answers that exclude each other (convict/acquit, accept/reject); a category noun.
      "Territory was split 58% to 47% between the two sides at half-time.",
      "Of the members balloted, 68% voted to accept and 37% to reject the offer.",
      "Of the panel, 70% wanted to convict and 34% to acquit.",
      "Some 61 per cent of the applicants were women and 44 per cent men.",
      // A whole told of by a relative clause; categories listed after one verb ("were white, 27% black").
      "Of the 1,200 pupils who sat the exam, 58% were boys and 47% girls.",
      "Of the tenants whose leases were renewed, 55% were married, 30% single and 21% divorced.",
      "Of the 600 residents polled, 70% were white, 25% black and 9% mixed.",
      "Of the 2,000 drivers who were stopped, 64% were male, 40% female.",
      "Of the staff whose contracts were renewed, 70% were full-time and 45% part-time.",
      "Of the freight moved through the port last year, grain made up 50%, coal 35% and timber 25%.",
      "In the survey, 51 per cent favoured the plan, 36 per cent opposed it and 16 per cent did not know.",
      // Three shares with the same "from"/"on" are parts of one whole; a ballot's answers too.
      "The charity's income comes 55% from legacies, 30% from shops and 20% from grants.",
      "The council spends 45% on social care, 35% on schools and 25% on roads.",
      "In the strike ballot, 61% voted yes, 33% voted no and 8% spoiled their papers.",
      "Members voted 48% to stay in the federation, 40% to leave and 15% to abstain.",
      // Turnout and those who stayed away are the whole electorate.
      "With turnout at 71%, some 35% of voters stayed at home.",
      "Turnout was 58 per cent, so 47 per cent of the electorate did not vote.",
      // "in a two-horse race" sets the scene; the second share is still of the vote.
      "Ms Obi, on 49% of the vote, lost narrowly to Mr Hart's 52% in a straight fight.",
      "Of the students, 70% said they backed the strike and 45% said they opposed it.",
      "The latest poll has the Greens on 40%, the Liberals on 35% and Labour on 31%.",
      "The candidate took 51% of the vote against 50% for his opponent.",
      "Two-thirds of the budget goes on staff and half on buildings.",
      "Of every pound spent, 60p goes on staff and 50p on buildings.",
      "A 55% stake is held by the state and a 50% stake by pension funds.",
      "In the poll, 58% backed remaining in the union while 49% wanted to leave.",
      "The firm is 60% owned by its founders and 45% by a fund.",
      "Between 60 and 70 per cent of the land is forest and 45 per cent is farmland.",
      "Of the voters, 60% backed A and 55% backed B.",
      "France owns 60% of Renault and Nissan owns 45%.",
      "Renault holds 60% of Nissan and Daimler holds a 50% stake in Nissan.",
      "60% of respondents said yes, 30% of respondents said no and 20% of respondents did not answer.",
      // The whole told of by where it is; one past "were" distributed over a list of categories.
      "Of the cars sold in the region last year, 54% were petrol models, 31% diesels and 22% hybrids.",
      "Of patients on the trust's wards, 61% were elderly, 28% middle-aged and 15% young adults.",
      "Of adults in the county, 58% rent and 47% own their homes.",
      // A share of the subject done "by" someone, the "by" distributed; two sides of one word (in/out, fe-, on/off).
      "The charity is 70% funded by grants and 35% by donations.",
      "The rise in prices was 70% driven by energy and 40% by food.",
      "The workforce is 60% male and 45% female.",
      "Sales are 70% online and 40% offline.",
      "Trade through the port was 55% imports and 50% exports.",
      // Stakes that name nothing they are in, and shares held beside them, are in one thing.
      "The founder keeps a 50% stake and the fund a 35% stake, with employees holding 30%.",
      "The state has a 60% stake and a Gulf fund a 45% stake.",
      "The fund, which already owns a 60% stake, bought a further 45% stake on Monday.",
      // One verb distributed over a list: the subject made of the categories after the shares, or a verb of making
      // up with the categories before them.
      "Recorded offences were 47% thefts, 33% violent crimes and 28% criminal damage.",
      "The new homes are 60% flats, 30% houses and 15% bungalows.",
      "Sales were 60% cars and 45% vans last year.",
      "Thefts accounted for 47%, violent crimes for 33% and criminal damage for 28%.",
      "Cars accounted for 60%, vans 30% and lorries 15%.",
    ],
    silent: [
      "Of the 600 residents polled, 70% were white, 20% black and 9% mixed.",
      "Of the staff who replied, 60% were women and 45% worked part-time.",
      "Of the staff whose contracts were renewed, 70% were full-time and 30% part-time.",
      // Another year past a semicolon is another scene; a target or standard is a bar, not a part.
      "In 2015, 60% of the region's power came from coal; by 2023 that share had fallen to 20%, with gas supplying 45%.",
      "In 2010, 70% of the city's water came from the river; 2020 saw that share drop to 40%, with groundwater supplying 65%.",
      "The trust saw 81% of patients within 18 weeks, against the 92% standard.",
      "The hospital saw 78% of patients within four hours, short of the 95% standard and below the 80% interim target.",
      "Only 62% of recycling was collected on time, short of a target of 90%.",
      "The trust saw 76% of patients within four hours, against 71% last year.",
      "Some 64% of households recycle food waste, against 58% in 2019.",
      "Half of the staff are women, some 51%, the report says.",
      "In the north, 70% of members backed the deal, while in the south 65% opposed it.",
      "The clinic saw 91% of patients on time, compared with 84% and 80% at its two rivals.",
      "Readers could choose more than one answer: 58% picked news, 49% sport and 30% puzzles.",
      "Three-fifths of the ballots returned so far, or 60 per cent, back the merger.",
      "Half the flights left late, though 85% landed within 20 minutes of schedule.",
      "Some 55% of staff backed the strike: 72% of those who voted said yes, on a turnout of about 76%.",
      "In the members' ballot, 72% backed the deal; in a separate ballot of staff, 61% did.",
      "Nationally, 55% of voters backed the reform; in the north only 48% did.",
      "This year 85% of pupils passed, compared with 90% last year.",
      "Men hold 62% of senior posts; women hold 38%.",
      "Some 61 per cent of the applicants were women and 39 per cent men.",
      "Turnout in the region was 62% in Kent, 70% in Essex and 80% in Surrey.",
      "Growth was 3%, inflation 2% and unemployment 5%.",
      "Duties of 40% on spirits, 35% on wine and 30% on beer took effect on Monday.",
      "With turnout at 64%, some 36% of voters stayed at home.",
      "Imports make up 60% of supply; of those imports, 70% come from Norway.",
      "The bridge was finished at 110% of its budget, a 10% overspend.",
      "The fund's value rose 40% from property, 30% from shares and 45% from bonds over a decade.",
      "Of the students, 70% said they use the library and 45% said they use the gym.",
      "Of the viewers, 60% say they watch the news and 55% say they watch sport.",
      "The poll put Labour on 38%, the Tories on 34% and Reform on 29%.",
      "Labour is on 38% in London and 45% in Wales.",
      "Of every pound raised, 70p now goes on care, up from 55p in 2015.",
      "One in four pounds, or 25p in every £1, goes on rent.",
      "Sixty per cent of voters want lower taxes and 70% want better services.",
      "Two-thirds of the Tories voted for it, and most of the Labour members – nearly three-quarters of them – voted against.",
      "The firm, which is 60% owned by its founders and 40% by a fund, made £5m.",
      "The jobless rate has fluctuated between 40 and 45 per cent, and 30 per cent of those in work are part-time.",
      "Renault holds 43% of Nissan and Nissan holds 15% of Renault.",
      "Support rose from 40% to 70%.",
      "Sales rose 60% and profits rose 55%.",
      "60% of Democrats and 55% of Republicans back the plan.",
      "France owns 15% of Renault and Nissan owns 15% of Renault.",
      "The French government, which owns a majority 15% of Renault, blocked a vote.",
      "Of patients on the trust's wards, 61% were elderly, 28% middle-aged and 11% young adults.",
      // After a past "were", a verb of its own says something else of the group, which may overlap.
      "Of the offences recorded in the area, 47% were thefts and 60% involved no arrest.",
      "Of the 300 staff, 60% were women, 45% had children.",
      "Of the staff, 60% were women and 45% also worked part-time.",
      "The charity is 70% funded by grants and 30% by donations.",
      "The building was 80% funded by the lottery and is 60% complete.",
      "The state has a 60% stake and a Gulf fund a 40% stake.",
      "The state holds a 60% stake in the bank and a 45% stake in the airline.",
      "The fund raised its holding to a 60% stake, up from a 45% stake last year.",
      "The fund bought a 30% stake in 2019 and a 25% stake in 2021.",
      "The state once had a 70% stake but now has a 40% stake.",
      "The fund cut its holding from a 70% stake to a 40% stake.",
      "Recorded offences were 47% thefts, 33% violent crimes and 18% criminal damage.",
      "Cars accounted for 60%, vans 30% and lorries 10%.",
      "The fleet is 60% buses and 45% electric.",
      "Thefts accounted for 47%, and arrests were made in 33%.",
      "Thefts made up 47% and were up 33% on last year.",
      "The firm is 60% owned by its founders and is 45% run by them.",
      // Two things said of the subject, not two sides of one word ("-ated" is a suffix, not a word).
      "The scheme is 80% complete and 60% sold.",
      "The flats are 60% renovated and 45% decorated.",
      "The workforce is 60% male and 40% female.",
      "The vaccine is 90% effective indoors and 45% outdoors.",
    ],
  });

  it("names the whole and the sum", () => {
    const [finding] = sharesOver100.check("France owns 60% of Renault and Nissan owns 45%.");
    expect(finding.message).toBe("Shares of Renault add up to 105% (60% + 45%): more than the whole.");
  });
});
