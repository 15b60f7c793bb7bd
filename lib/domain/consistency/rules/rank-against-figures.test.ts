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
      // Of rates of change, the fastest is the most; "topped", "won" and "led" a contest are first.
      "Spain had the fastest-growing economy in the bloc, at 2.1%, against 2.6% in Poland.",
      "She topped the poll in the ward with 1,210 votes, 40 behind the Green candidate on 1,250.",
      "The Liberal Democrats led the field in the by-election with 31%, against 34% for Reform.",
      // A race is won by the least time, written with colons or in seconds.
      "Kiprop won the Berlin marathon in 2:04:51, just ahead of Bekele on 2:04:12.",
      "The Welshman finished second in the 1500m in 3:29.50, behind a Kenyan in 3:30.10.",
      // A place beside a named rival and the rival's figure.
      "She clocked 10.95 seconds, ahead of the Jamaican in 10.92.",
      "Leeds sit third on 71 points, two places above Sunderland on 74.",
      "Labour, on 30%, trails the Tories on 25%.",
      "The house sold for £400,000, above the asking price of £450,000.",
      "The Danish firm, with sales of $3.1bn, has overtaken Siemens, which sold $3.4bn.",
      // Below zero, the parser's figures take their sign back.
      "The coldest place was Braemar at -6C, against -8C in Aviemore.",
      "Overnight it fell to minus 5C in the glen, above the minus 2C recorded on the coast.",
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
      // Turnout is the electorate's share, no candidate's.
      "Turnout was 59.7%, down from 67.3% in 2019, and the winning candidate took 41% of the votes cast.",
      "On a 62% turnout, the winning candidate took 48% of the vote.",
      "Spain had the fastest-growing economy in the bloc, at 2.6%, against 2.1% in Poland.",
      "She topped the poll in the ward with 1,250 votes, 40 ahead of the Green candidate on 1,210.",
      "Kiprop won the Berlin marathon in 2:04:12, just ahead of Bekele on 2:04:51.",
      "The Welshman finished second in the 1500m in 3:30.50, behind a Kenyan in 3:30.10.",
      "Rivera finished second in the 400m in 45.21 seconds, behind the winner Okafor on 45.20 and ahead of Lind on 45.37.",
      "She clocked 10.85 seconds, ahead of the Jamaican in 10.92.",
      "Leeds sit third on 77 points, two places above Sunderland on 74.",
      "The team, with 40 points, sits above Leeds on 38 and below Derby on 45.",
      "Labour, on 40%, is ten points ahead of the Tories on 30%.",
      "The Conservative, with 52% of the vote, was pipped by the Green's 53% in a two-horse race.",
      // What is ahead or behind is no rival with a figure: a date, a bar, a cause; golf counts down.
      "Shares rose 3% to 250p ahead of results on Thursday, when analysts expect 300p.",
      "The train left at 10:30, ahead of the 10:45 service, which was cancelled.",
      "The 120 MPs behind the motion, with 40 abstentions, forced a vote.",
      "Smith, on 68, is two shots ahead of Jones on 70.",
      "Wages rose to 4%, above inflation at 3%, while rents rose 6%.",
      "The coldest place was Braemar at -12C, against -8C in Aviemore.",
      "Overnight it fell to minus 5C in the glen, below the minus 2C recorded on the coast.",
      "Ms Ng won the ballot with 45%, short of the 50% needed to avoid a run-off.",
      "Analysts said 40% of staff cited the reasons behind the 20% rise.",
      "The FTSE 100 closed 50 points above its 7,950 low.",
    ],
  });
});
