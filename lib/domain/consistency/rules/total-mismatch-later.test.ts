// total-mismatch cases for later-starters.ts, kept apart from the other test files, which are long: parts "of them"
// opened far from the count and going on past their first comma, a sum funded by its parts, an aside before the verb
// that opens the parts, a total named as the subject, bracketed counts after names, and a count by sex.
import { describe } from "vitest";
import { itChecks } from "./rule-cases.test-fixture";
import { totalMismatch } from "./total-mismatch";

describe("total-mismatch, later starters", () => {
  itChecks(totalMismatch, {
    fires: [
      // "of them" parts five to eight words on, going on past their first comma
      "Sixty jobs will go when the refinery unit shuts, 35 of them engineers, 20 operators and 10 administrative staff.",
      "Forty teachers will leave the school at the end of term, 25 of them retirees, 12 trainees and six supply staff.",
      "The 120 flights were cancelled because of the air traffic strike, 70 of them short-haul, 40 long-haul and 15 cargo flights.",
      "Sixty jobs will go, 35 of them engineers, 20 operators and 10 administrative staff.",
      // a sum said to be funded entirely by its parts; funded by parts that are more than it
      "The mayor's £640m transport plan is to be funded entirely by £410m from central government and £250m of borrowing.",
      "The £12m sports centre will be financed wholly by £7m of lottery money and £4m from the council.",
      "A $90m expansion of the airport is to be paid for solely through $60m in bonds and $35m from landing fees.",
      "The £2m restoration of the pier is being funded by £1.5m from the heritage fund and £800,000 from the council.",
      // an aside set off by commas before the verb that opens the parts
      "The A$25bn stimulus, announced on Tuesday, is made up solely of A$15bn in tax rebates plus A$8bn in infrastructure spending.",
      "The £4.2bn budget, the largest in the council's history, is made up of £2.5bn for services and £1.2bn for capital projects.",
      "The 48 new recruits, who start on Monday, comprise 30 constables and 20 community support officers.",
      "The $600m deal, first reported by Reuters, consists of $400m in cash and $150m in shares.",
      // a total named as the subject
      "Total attendance at the three-day event was 156,000, with 48,000 on Friday, 55,000 on Saturday and 61,000 on Sunday.",
      "The total cost of the new bridge was £38m: £20m from the government and £15m from the county council.",
      "Total turnout across the four polling days was 2.1 million, with 600,000 on Monday, 500,000 on Tuesday, 450,000 on Wednesday and 700,000 on Thursday.",
      "The total prize fund came to $12m, with $7m for the men's events and $4m for the women's.",
      // bracketed counts after names in the count's own clause
      "The 14 new solar farms will be built in Norfolk (6), Suffolk (5) and Essex (4).",
      "The 30 new GP surgeries will open in Leeds (12), Bradford (10) and Wakefield (6).",
      "The squad's 23 players come from Leinster (9), Munster (8), Ulster (4) and Connacht (3).",
      "The 12 new academies will be in Kent (5), Sussex (4) and Surrey (2), the trust said.",
      // a count by sex, with those who said neither: all of it, even after "of whom"
      "A total of 312 rough sleepers were counted, of whom 190 were men, 98 were women and 14 did not give a gender.",
      "A total of 540 people responded to the survey, of whom 300 were women, 210 were men and 20 preferred not to say.",
      "The 86 new councillors, of whom 40 are women, 41 are men and three are non-binary, take their seats on Monday.",
    ],
    silent: [
      // the part list after the "of them" part's comma splits the total another way, or tells of it afresh
      "Sixty jobs will go when the refinery unit shuts, 35 of them engineers, 20 based in Hull and 10 in Leeds.",
      "Sixty jobs will go when the refinery unit shuts, 35 of them engineers, 20 of them in Hull and 10 in Leeds.",
      "The orchestra's 120 players, 45 of them women, play 120 concerts and 30 recitals a year.",
      "Forty teachers will leave the school at the end of term, 25 of them retirees, 12 trainees and three supply staff.",
      // funded by some of it, with no adverb; funded entirely, adding up
      "The £2m restoration of the pier is being funded by £1.5m from the heritage fund and £200,000 from the council.",
      "The mayor's £640m transport plan is to be funded entirely by £410m from central government and £230m of borrowing.",
      "The mayor's 640 new buses are to be funded entirely by £410m from central government and £250m of borrowing.",
      // an aside, then no verb that says the parts follow
      "The 40 passengers, all of them British, were 22 adults and, it is thought, several children.",
      "The £4.2bn budget, the largest in the council's history, is up from £2.5bn last year and £1.2bn in 2010.",
      // a total named as the subject, the figures after it no parts of it
      "Total attendance at the event was 156,000, up from 140,000 in 2023 and 120,000 in 2022.",
      "Half the total budget was £5m, with £3m from the council and £4m from the lottery.",
      "Half of the total budget, £5m, was spent on roads, with £3m on resurfacing and £4m on new junctions.",
      "Total attendance at the three-day event was 164,000, with 48,000 on Friday, 55,000 on Saturday and 61,000 on Sunday.",
      // bracketed counts of others beside the count, or compared with it, or only some of it
      "The 14 new solar farms will join those in Norfolk (6), Suffolk (5) and Essex (4).",
      "The 14 new solar farms will be bigger than the ones in Norfolk (6), Suffolk (5) and Essex (4).",
      "Most of the 4,000 job cuts will fall in Germany (1,600) and France (1,100), the company said, with the rest spread across eight other countries.",
      "The 4,000 job cuts will fall in Germany (1,600), France (1,100) and Spain (500), with the rest spread across eight other countries.",
      "The 14 new solar farms will be built in Norfolk (2019), Suffolk (2021) and Essex (2023).",
      // of whom some, by sex and not
      "A total of 312 rough sleepers were counted, of whom 190 were men, 98 were women and 14 were under 18.",
      "A total of 312 rough sleepers were counted, of whom 200 were men, 98 were women and 14 did not give a gender.",
    ],
  });
});
