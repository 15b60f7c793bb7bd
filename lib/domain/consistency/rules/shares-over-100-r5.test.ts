import { describe } from "vitest";
import { sharesOver100 } from "./shares-over-100";
import { itChecks } from "./rule-cases.test-fixture";

// More cases for shares-over-100, kept beside shares-over-100.test.ts so that file stays readable: a question put
// again of another thing, a yes with its bare no and the unsure, a list told with "in" after its verb, a land's uses
// told with "under", and a sum of money named first.
describe("shares-over-100 (same of another, yes/no, in-lists, sums)", () => {
  itChecks(sharesOver100, {
    fires: [
      // a question's yes, its bare no and its don't-knows
      "The survey found 58% of drivers would consider an electric car for their next purchase, 35% would not and 12% were undecided.",
      "Of the 2,000 adults polled, 64% said they would use the new tram line, 31% would not and 9% did not know.",
      "Asked about a four-day week, 71% of staff said they would take it, 33% would not.",
      "Some 55% of members will renew their season tickets, 41% will not and 8% are still undecided.",
      // the question again of the same thing: answers beside the first
      "Some 85% of drivers said petrol was too expensive and 22% said the opposite.",
      "Of the staff, 60% backed the strike, 45% said the same of the pay offer and 52% opposed the strike.",
      // a list told with "in" after its verb
      "Of the 380 matches played, 46 per cent ended in home wins, 26 per cent in draws and 33 per cent in away wins.",
      "Of the 1,400 staff, 42% work in sales, 35% in marketing and 28% in production.",
      "Of last season's 120 appeals, 55% ended in a win for the club, 30% in a draw and 20% in defeat.",
      "Of the 600 cases heard, 48% resulted in fines, 37% in community orders and 21% in jail terms.",
      // "under" a crop is no age band
      "Of the farm's land, 55% is under cereals, 30% is permanent grassland and 20% is woodland.",
      "Of the estate's 2,000 acres, 48% is under wheat, 35% is pasture and 22% is forestry.",
      "Of the county's farmland, 62% is under grass, 31% is arable and 12% is orchards.",
      "Of the reserve, 40% is under water, 45% is reed bed and 20% is scrub.",
      // a sum of money named first; a whole told by a relative clause without its "that"
      "Of the £120m spent on transfers, 55% went on forwards, 30% on midfielders and 22% on defenders.",
      "Of the $40m raised, 60% went on salaries, 30% on rent and 15% on marketing.",
      "Of the £2.5bn budget, 48% goes on schools, 37% on care and 20% on roads.",
      "Of the games their side played, 58% were won and 47% were lost.",
    ],
    silent: [
      // the question put again of another thing
      "In the survey, 78% of savers said easy access to their money was important and 65% said the same of the interest rate.",
      "Some 85% of drivers said petrol was too expensive and 72% said the same of diesel.",
      "Of the 900 parents polled, 71% said class sizes were too big and 58% felt the same about school budgets.",
      "Asked about the new stadium, 64% of fans said the price was too high and 55% thought the same of the location.",
      "Of the 1,200 tenants surveyed, 66% said rents were too high and 49% said the same was true of service charges.",
      // a second yes, not a bare no
      "Some 85% of members will renew their tickets, 61% will buy a scarf and 8% are still undecided.",
      // a place or a band after "in" or "under" is a rate or a scale of its own
      "Of pupils, 60% passed in Kent, 70% in Essex and 75% in Sussex.",
      "Of pupils, 60% passed in the north, 70% in the south.",
      "Support stood at 60% in Kent, 70% in Essex and 65% in Sussex.",
      "Of the victims, 61% were under 25 and 84% were male.",
      "Of the £120m raised, 55% came from fans and 60% was spent by March.",
    ],
  });
});
