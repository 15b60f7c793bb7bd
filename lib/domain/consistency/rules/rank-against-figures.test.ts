import { describe } from "vitest";
import { rankAgainstFigures } from "./rank-against-figures";
import { itChecks } from "./rule-cases.test-fixture";

describe("rank-against-figures", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The wettest of the four months, March, brought 61mm, against 74mm in April.",
      "Her 12.41 seconds was the fastest of the heats, ahead of a rival's 12.38.",
      "The quickest crossing takes 9 hours; the ferries via Dover and Calais take 7 and 8.",
      "Mr Okafor came last in the ballot with 29%, against 24% for Ms Lind and 47% for the winner.",
      "The cheapest of the four quotes, at £18,500, was still above the builder's £16,000 and the council's £17,200.",
      "Riverside is the third-biggest ward, with 4,100 voters, behind Hillcrest's 6,000 and Marsh End's 5,200 and Oldtown's 4,900.",
      "The best-selling title of the month, 42,000 copies, trailed a cookbook that sold 51,000.",
      "With 310 members, the rowing club is the smallest in the league; the sailing club has 280.",
      "In ascending order, the bids were £2.1m, £1.8m and £2.6m.",
      "The market leader, holding 18% of sales, sits behind a rival on 22%.",
    ],
    silent: [
      "The Greens finished last of the six, but their 5.2% cleared the 5% threshold for seats.",
      "Her 12.31 seconds was the fastest of the heats, ahead of a rival's 12.38.",
      "The fastest train reaches 320km/h, against 300km/h for the next.",
      "The youngest of the four, aged 19, is two years younger than her 21-year-old brother.",
      "Mr Okafor came last in the ballot with 19%, against 24% for Ms Lind and 57% for the winner.",
      "Riverside is the third-biggest ward, with 4,100 voters, behind Hillcrest's 6,000 and Marsh End's 5,200.",
      "The top 10% of earners pay 45% of all income tax.",
      "It is one of the largest hospitals in the region, with 900 beds against 1,200 at the city's biggest.",
      "Inflation hit 9.1%, the highest in 40 years, against 2% a year earlier.",
      "The richest 1% own more than the poorest 50% combined.",
      "At 6ft 2in and 95kg, the 21-year-old is the biggest forward in the squad.",
      "Northgate beat Riverside 3-1 on Saturday to go top of the league.",
      "The fastest lap, 1:21.4, beat the 1:22.0 of a year earlier.",
      "The largest shareholder, with 12% of the shares, holds twice the stake of the next, at 6%.",
      "Of the 12 largest councils, 9 have raised tax by the maximum 5%.",
      "The world's biggest carmaker sold 10 million cars, $50 billion of them in Asia, against 8 million at its rival.",
    ],
  });
});
