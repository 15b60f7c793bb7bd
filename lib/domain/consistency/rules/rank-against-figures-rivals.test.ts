import { describe } from "vitest";
import { rankAgainstFigures } from "./rank-against-figures";
import { itChecks } from "./rule-cases.test-fixture";

// More cases for rank-against-figures (a file of its own to keep the others under 400 lines): a rival named by its rank,
// a set sized with an owner, runner-up, strongest and weakest, safest, leading the movers, a superlative's "ahead of", and
// figures of another time. Each group: the untuned sentence first, then variants in other words, then clean look-alikes.

describe("rank-against-figures: a rival named by its rank", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The hospital ranked bottom of the 12 trusts, scoring 74 against 71 for the next-lowest.",
      "The least popular answer, chosen by 31% of respondents, beat the next least popular, at 18%.",
      "The fastest qualifier, at 1min 28.4sec, edged out the second-fastest, at 1min 27.9sec.",
      "The school came bottom of the county's league table with a score of 48, against 45 for the next-lowest.",
      "The cheapest tariff, at £82 a month, beat the next cheapest, at £79.",
      "The largest shareholder, with 14%, is ahead of the next-largest, on 17%.",
      "The quickest swimmer, at 52.3 seconds, pipped the second-quickest, at 52.1 seconds.",
    ],
    silent: [
      "The hospital ranked bottom of the 12 trusts, scoring 71 against 74 for the next-lowest.",
      "The fastest qualifier, at 1min 27.4sec, edged out the second-fastest, at 1min 27.9sec.",
      "The largest shareholder, with 14%, is ahead of the next-largest, on 11%.",
      // The subject's own ordinal, and its own "next-lowest", are still its ranks.
      "The second-fastest qualifier, at 1min 28.4sec, trailed the fastest, at 1min 27.9sec.",
      "Leeds was next-lowest, at 74, ahead of York, bottom on 71.",
    ],
  });
});

describe("rank-against-figures: a set sized with an owner", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The bakery chain, the smallest of the town's four, runs 18 shops against 12, nine and six for its rivals.",
      "The library, the busiest of the county's three, lends 40,000 books a year against 52,000 and 31,000 at the others.",
      "The school, the smallest of the district's three, has 310 pupils against 280 and 450.",
      "The clinic, the largest of the city's five, sees 900 patients a week against 1,100 and 700 for the next two.",
    ],
    silent: [
      "The bakery chain, the smallest of the town's four, runs six shops against 12, nine and 18 for its rivals.",
      "The bakery chain, the biggest of the town's four, runs 18 shops against 12, nine and six for its rivals.",
      // The set's size again as the subject's own figure, after a verb.
      "The chain, the smallest of the town's four, runs four shops against 12, nine and six for its rivals.",
    ],
  });
});

describe("rank-against-figures: runner-up", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Ms Banda finished as runner-up on 41%, ahead of the winner, Mr Phiri, on 39%.",
      "The Tories' candidate finished as runner-up with 12,400 votes, ahead of the winner, Labour's Ms Ahmed, on 11,900.",
      "Leeds was runner-up on 81 points, with the champions, Hull, on 78.",
      "The film came runner-up at the box office with $41m, with the winner, a horror sequel, on $38m.",
    ],
    silent: [
      "Ms Banda finished as runner-up on 39%, behind the winner, Mr Phiri, on 41%.",
      "Leeds was runner-up on 78 points, with the champions, Hull, on 81.",
      // "The runner-up" names a rival, not the subject's place.
      "The runner-up, Mr Phiri, on 41%, finished ahead of the third-placed Ms Banda on 39%.",
    ],
  });
});

describe("rank-against-figures: strongest and weakest in a market", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The dollar was the strongest of the G10 currencies on the day, gaining 1.2%, while the yen gained 1.8%.",
      "Copper was the weakest base metal on the LME, down 0.4%, as aluminium fell 1.1% and zinc 0.9%.",
      "The pound was the weakest major currency, down 0.3%, while the euro slipped 0.8%.",
      "Tech was the strongest sector on the S&P 500, up 1.1%, as energy rose 2.4% and utilities 1.9%.",
      "Zinc was the strongest base metal, up 0.4%, while tin rose 0.6% and lead 0.9%.",
      "The lira was the weakest emerging-market currency, losing 1.2%, as the rand fell 1.5%.",
      // A change with its verb left out goes the way of the one before it: lead rose 0.9%, zinc fell 0.9%.
      "Zinc was the strongest base metal, up 0.4%, while tin rose 0.3% and lead 0.9%.",
      "Copper was the weakest base metal, down 0.4%, as aluminium fell 0.2% and zinc 0.9%.",
    ],
    silent: [
      "The dollar was the strongest of the G10 currencies on the day, gaining 1.8%, while the yen gained 1.2%.",
      "Copper was the weakest base metal, down 1.4%, as aluminium fell 1.1% and zinc 0.9%.",
      // A change with its verb left out goes the way of the one before it: the euro fell 0.9%.
      "The dollar was the strongest currency, up 0.5%, as the yen fell 1.1% and the euro 0.9%.",
      "Coal was the fastest-shrinking source, down 14%, while oil fell 9% and gas rose 20%.",
    ],
  });
});

describe("rank-against-figures: safest and most dangerous", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Southgate was the district's safest ward, with 42 crimes per 1,000 people, compared with 38 in Northfield.",
      "Elm Park was the safest borough in London, with 48 offences per 1,000 residents, against 41 in Richmond.",
      "The A34 was the second-safest road in the county, with 12 collisions, against 9 and 7 on the A40 and A44.",
      "The M6 was the most dangerous motorway, with 31 deaths, against 44 on the M1.",
    ],
    silent: [
      "Southgate was the district's safest ward, with 38 crimes per 1,000 people, compared with 42 in Northfield.",
      "The M6 was the most dangerous motorway, with 44 deaths, against 31 on the M1.",
      // No harm counted: the score may rank either way.
      "The SUV was the safest in its class, scoring 82 in crash tests, against 91 for its rival.",
    ],
  });
});

describe("rank-against-figures: leading the movers", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Natural gas led the commodity gains with a 5% rise, second only to cocoa's 7% jump.",
      "Oil led the commodity losses with a 3% fall, while copper posted a 5% slide.",
      "Housebuilders led the FTSE gainers with a 2.1% rise, against a 3.4% jump for miners.",
      "Banks led the risers with a 4% gain, second only to miners' 6% advance.",
    ],
    silent: [
      "Natural gas led the commodity gains with a 7% rise, ahead of cocoa's 5% jump.",
      // A sector leading, its members' moves told one by one.
      "Banks led the gains, with HSBC up 3% and Barclays up 5%.",
      "Miners led the fallers, with Glencore down 3% and Anglo American down 5%.",
    ],
  });
});

describe("rank-against-figures: ahead of, after a superlative", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "She set the fastest lap at 1min 28.9sec, ahead of Norris on 1min 28.4sec.",
      "The shortest waits in the region were at the Royal, at 4 hours, ahead of St James's on 3 hours.",
      "The cheapest supermarket was Aldi at £27, ahead of Lidl on £26.",
      "Leeds had the lowest unemployment rate at 3.6%, ahead of York on 3.4%.",
      // Above says which figure is the higher, whatever the rank.
      "Rugby, the lowest-paid sport so far, averaged £48,000, above cricket at £62,000.",
    ],
    silent: [
      "The Royal Infirmary has the longest waits in the region at 16 hours, ahead of St James's on 14 hours.",
      "The Royal Infirmary has the shortest waits in the region at 2 hours, ahead of St James's on 3 hours.",
      "The cheapest supermarket was Aldi at £25, ahead of Lidl on £26.",
      "Leeds had the lowest unemployment rate at 3.1%, ahead of York on 3.4%.",
      // Below and behind still say which figure is the higher.
      "The lowest-paid sport in the survey, rugby, averaged £48,000, well below cricket at £62,000.",
      "Hamburg is the smallest of the three ports at 110m tonnes, behind Antwerp's 230m and Rotterdam's 440m.",
    ],
  });
});

describe("rank-against-figures: a figure of another time", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The Greens, third in 2019 with 12%, rose to second place with 29%, behind the ruling party's 27%.",
      "Labour, first in 2019 with 40%, finished second with 30%, behind the Tories' 28%.",
      "The Greens, fifth in 2019 with 8%, are now the largest party on 21%, against 24% for Labour.",
      "The band tops the charts with 40,000 sales this week, against 52,000 for the runner-up.",
      "The album topped the charts this week with 25,000 sales, against 38,000 for the new number two.",
    ],
    silent: [
      "The Greens, third in 2019 with 12%, rose to second place with 19%, behind the ruling party's 27%.",
      "Labour, first in 2019 with 40%, finished second with 30%, behind the Tories' 35%.",
      "The club, fifth last season with 60 points, climbed to third with 71, behind Leeds on 80 and Hull on 75.",
      "The band tops the charts with 40,000 sales this week, against 52,000 last week.",
      "The album topped the charts with 25,000 sales this week, against 38,000 last week.",
      "The single topped the charts with 31,000 sales this week, down from 45,000 last week.",
    ],
  });
});
