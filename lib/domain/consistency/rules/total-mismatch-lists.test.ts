// More total-mismatch cases, kept apart from total-mismatch.test.ts, which is long: a count's parts set off by a dash
// far from it (far-dash.ts), parts told of what they are about (sourced-parts.ts), parts before a total with the verb
// left out (gapped-parts.ts), counts with their values in brackets and two series side by side (other-unit-parts.ts).
import { describe } from "vitest";
import { itChecks } from "./rule-cases.test-fixture";
import { totalMismatch } from "./total-mismatch";

describe("total-mismatch, lists told at length", () => {
  itChecks(totalMismatch, {
    fires: [
      // a dash five to ten words on from a count opens its parts
      "Twelve stalls have signed up for the Christmas market – five food producers, four craft makers and two charities – and bookings are now closed.",
      "Nine boats were lost in the storm – three trawlers, two yachts and a ferry.",
      "The 40 passengers on the delayed service from Leeds – 22 adults and 15 children – were moved to a coach.",
      "Eighteen players have been called up by the new head coach — ten forwards, six backs and a goalkeeper — for the autumn series.",
      "The museum's 250 new acquisitions went on show in the east wing – 120 paintings and 100 drawings.",
      // parts told of what they are about, after ", with": never more than the total
      "Holiday complaints to the trade body rose to 5,200, with 2,900 about package holidays and 2,600 about flight-only bookings, the only two categories it records.",
      "Calls to the helpline rose to 8,000 last year, with 5,100 about debt and 3,400 about housing.",
      "Complaints to the regulator fell to 1,900, with 1,200 concerning billing and 800 concerning mis-selling.",
      "Claims against the council rose to 640, with 400 relating to potholes and 300 relating to tree roots.",
      // parts in parallel, the verb left out after the first, before a total that "accounts for all" or is "combined"
      "Between them the seamers took 35 wickets and the spinners 12, accounting for all 44 that fell to the home attack.",
      "Anderson took 12 wickets, Broad 10 and Wood 9, accounting for all 30 that fell in the series.",
      "Labour won 21 seats and the Conservatives 14, making up all 33 on the council.",
      "The home side scored 3 goals and the visitors 2, a combined 6.",
      // counts with their values bracketed: neither the counts nor the values add up
      "The tourists' 24 points came from two tries (10 points), one conversion (2) and four penalties (9).",
      "Their 40 points came from five tries (25 points), four conversions (8) and two penalties (6).",
      "The team's 118 medals came from 20 athletes (60 medals), 12 swimmers (40) and eight cyclists (15).",
    ],
    silent: [
      "Twelve stalls have signed up for the Christmas market – five food producers, four craft makers and three charities – and bookings are now closed.",
      "Some 40 people marched through the town centre on Saturday – 12 more than last year and five more than in 2019.",
      "The 30 people arrested after the match on Saturday night – four of them women and two of them children – were bailed.",
      "The 14 schools in the trust across the county – five primaries and four secondaries among them – will close early.",
      "The council spent £2m on repairs to the town hall last year – £1.2m on the roof and £500,000 on the windows.",
      "Holiday complaints to the trade body rose to 5,200, with 2,900 about package holidays and 2,300 about flight-only bookings, the only two categories it records.",
      "Calls to the helpline rose to 8,000, with 5,100 about debt and 2,400 about housing, the charity said.",
      "Between them the seamers took 32 wickets and the spinners 12, accounting for all 44 that fell to the home attack.",
      "The seamers took 35 wickets and the spinners 12, accounting for all but three of the 50 that fell.",
      "Anderson took 12 wickets and Broad 10, while the spinners' combined 9 came in the last Test.",
      "The tourists' 24 points came from two tries (10 points), one conversion (2) and four penalties (12).",
      "The side's 31 points came from three tries (15 points), two conversions (4) and four penalties (12).",
      "The team's 118 medals came from 20 athletes (60 medals), 12 swimmers (40) and eight cyclists (18).",
      // two series side by side: the farms and their litres, the berths and their tonnes
      "Of the 31 farms, 22 supply 1.1 million litres a month and the other nine 500,000 litres.",
      "The port's 60 berths handle 9 million tonnes a year, 35 of them 6 million tonnes and the other 25 3 million tonnes.",
    ],
  });
});
