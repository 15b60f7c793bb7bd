import { describe } from "vitest";
import { rankAgainstFigures } from "./rank-against-figures";
import { itChecks } from "./rule-cases.test-fixture";

// Round-5 constructions for rank-against-figures, in a file of their own to keep the other test files under 400 lines.
// Each group: the untuned sentence first, then variants in other words, then clean look-alikes.

describe("rank-against-figures: a comparative against the next one ranked", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Rovers have the lowest wage bill of the league's ten clubs, at £18m, £4m more than the next-lowest.",
      "The tallest tower in the city, at 310m, is 20m shorter than the next tallest.",
      "The cheapest deal, at £1,540, is £70 dearer than the next cheapest.",
      "The oldest player in the squad, at 38, is two years younger than the next oldest.",
      "The most expensive fuel costs 3p less than the next most expensive.",
    ],
    silent: [
      "Rovers have the lowest wage bill of the league's ten clubs, at £18m, £4m less than the next-lowest.",
      // Another measure than the rank's; a rank with no direction; "more" of a time beside a speed.
      "The fastest qualifier was 2kg heavier than the next fastest.",
      "The fastest qualifier, in 21.62sec, was a fifth of a second quicker than the next best, who clocked 21.84.",
      "The slowest lap took 2 seconds more than the next slowest.",
      "The biggest club spends more than double the next-biggest.",
    ],
  });
});

describe("rank-against-figures: a gap told as a part of one", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The fastest qualifier, in 21.62sec, was a tenth of a second quicker than the next best, who clocked 21.94.",
      "The winner, in 21.62sec, was half a second quicker than the runner-up, who clocked 21.66.",
      "She clocked 10.91sec, a tenth of a second behind the winner on 10.41.",
    ],
    silent: [
      "The winner, in 21.62sec, was half a second quicker than the runner-up, who clocked 22.1.",
      "She clocked 10.91sec, a tenth of a second behind the winner on 10.81.",
      "The leader, on 71 points, was a quarter of a point ahead of the runner-up on 70.75.",
    ],
  });
});

describe("rank-against-figures: places need no figures; a rival named, then its place", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Taiwan is the world's third-biggest chip producer, ahead of the runner-up, South Korea.",
      "Investment scams were the third most common type of fraud reported, at 18% of cases, ahead of purchase scams in second place on 24%.",
      "The museum is the country's fourth most visited attraction, ahead of the winner, the cathedral.",
      "Cardiff was the fourth-largest port by tonnage, ahead of Bristol in third place.",
      "The brand is the second most expensive on the shelf, ahead of the leaders Acme.",
    ],
    silent: [
      "Taiwan is the world's second-biggest chip producer, behind the winner, South Korea.",
      "Investment scams were the third most common type of fraud reported, at 18% of cases, behind purchase scams in second place on 24%.",
      "Cardiff was the third-largest port by tonnage, ahead of Bristol in fourth place.",
    ],
  });
});

describe("rank-against-figures: an order told by its ends", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Ranked from cheapest to dearest, the three fixed deals cost £1,540, £1,610 and £1,585 a year.",
      "Ranked from highest to lowest, pass rates at the schools were 91%, 84% and 87%.",
      "Ordered from the oldest to the youngest, the players are 34, 29 and 31.",
      "Listed from the most expensive to the cheapest, the tickets cost £95, £120 and £40.",
    ],
    silent: [
      "Ranked from cheapest to dearest, the three fixed deals cost £1,540, £1,585 and £1,610 a year.",
      "Ranked from highest to lowest, pass rates at the schools were 91%, 87% and 84%.",
      "Prices ranged from the cheapest to the dearest, at £12, £30 and £20.",
    ],
  });
});

describe("rank-against-figures: a rival placed after it, by name", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Turkey climbed to fifth place among package holiday destinations with 640,000 bookings, overtaking Italy, now sixth on 710,000.",
      "The club rose to third with 58 points, above Leeds, now fourth on 61.",
      "Japan came second in solid-state battery patent filings with 3,100, after China on 2,800 and ahead of the US on 1,200.",
      "The party finished third with 18%, after Labour on 14%.",
      "The airline came second for punctuality with 81%, just after Ryanair on 76%.",
    ],
    silent: [
      "Turkey climbed to fifth place among package holiday destinations with 640,000 bookings, overtaking Italy, now sixth on 610,000.",
      "The party finished third with 18%, after Labour on 24%.",
      "Northumbria, the top-rated trust in the region, had the second-smallest budget, £610m, after Gateshead's £480m.",
      "The club came second with 80 points, after 38 games, ahead of City on 78.",
      "Leeds finished fourth on 61 points, after Burnley beat them on Saturday.",
    ],
  });
});

describe("rank-against-figures: best and worst by a verb of good service; a period so far", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The worst-performing bank refunded 72% of scam victims, compared with 64% at the next worst.",
      "The best-performing insurer rejected 30% of claims, against 22% at the next best.",
      "The worst-rated council resolved 81% of complaints within a month, compared with 77% at the next worst.",
      "February has been the wettest month of the year so far, with 98mm, although January recorded 112mm.",
      "Smith is the top scorer of the season so far with 14 goals, though Jones has 17.",
      "The film is the highest-grossing release so far this year, at $420m, while a rival has taken $510m.",
    ],
    silent: [
      "The worst-performing bank refunded 62% of scam victims, compared with 64% at the next worst.",
      "The best-performing insurer rejected 18% of claims, against 22% at the next best.",
      "February has been the wettest month of the year so far, with 98mm, although January recorded 82mm.",
      "February has been the wettest month of the year so far, with 98mm, although last January recorded 112mm.",
      "Smith is the top scorer of the season so far with 14 goals, though Jones scored 17 in 2019.",
    ],
  });
});

describe("rank-against-figures: the previous record named after its figure", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The valley's driest summer on record brought 140mm of rain, compared with 120mm in 1976, the previous driest.",
      "The hottest day on record reached 39.2C, against 40.3C in 2019, the previous hottest.",
      "The painting fetched £12m, the highest price ever paid for his work, against £14.5m in 2015, the previous record.",
      "The busiest day in the airport's history saw 98,000 passengers, against 104,000 in 2019, the previous busiest.",
    ],
    silent: [
      "The valley's driest summer on record brought 110mm of rain, compared with 120mm in 1976, the previous driest.",
      "The driest summer on record brought 140mm of rain, compared with 120mm in 1976, the previous wettest.",
      "The painting fetched £18m, the highest price ever paid for his work, against £14.5m in 2015, the previous record.",
    ],
  });
});

describe("rank-against-figures: the rival's own superlative", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The firm was the second-biggest seller, with 2 million, behind the biggest at 1.5 million.",
    ],
    silent: [
      "The club posted the second-biggest loss in the league, £38m, behind the biggest of £42m.",
      "The bank reported the third-largest loss, £2bn, behind the largest of £5bn.",
    ],
  });
});
