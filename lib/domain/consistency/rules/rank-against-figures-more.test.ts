import { describe } from "vitest";
import { rankAgainstFigures } from "./rank-against-figures";
import { itChecks } from "./rule-cases.test-fixture";

// More cases for rank-against-figures, in a file of their own to keep rank-against-figures.test.ts under 400 lines.
// Each group: the untuned sentence first, then variants in other words, then clean look-alikes.

describe("rank-against-figures: most commonly, came bottom", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Fraud was the most commonly reported crime, at 3.2 million incidents, followed by theft at 3.6 million.",
      "Burglary was the most frequently recorded offence, at 41,000 cases, followed by robbery at 44,000.",
      "Back pain was the most commonly cited reason for sick leave, at 18% of absences, followed by stress at 21%.",
      "Vaping was the least commonly reported habit, at 9%, against 6% for smoking.",
      "The bank came bottom of the customer satisfaction table with a score of 62%, above two rivals on 58% and 55%.",
      "The club finished bottom of the league on 28 points, two above Hull on 26.",
      "The council came bottom for recycling, at 31%, against 27% in Slough and 29% in Reading.",
      "The hospital ended bottom of the table, with 71% of patients seen within four hours, against 68% at its neighbour.",
    ],
    silent: [
      "Fraud was the most commonly reported crime, at 3.8 million incidents, followed by theft at 3.6 million.",
      // An adverb of how ("is most commonly reported online"), and a plural ranked, a group each with its own figure.
      "Fraud is most commonly reported online, at 3.2 million incidents, against 3.6 million by phone.",
      "The most commonly reported crimes were fraud, at 3.2 million, and theft, at 3.6 million.",
      "The biggest sellers were the Corolla, at 1.1 million, and the Golf, at 1.3 million.",
      "The bank came bottom of the customer satisfaction table with a score of 52%, below two rivals on 58% and 55%.",
      // "bottom" as no place reached.
      "The bottom 20% of households hold 3% of wealth, against 40% for the top 20%.",
      "Shares hit bottom at 62p, above the 58p and 55p of rival lenders.",
    ],
  });
});

describe("rank-against-figures: a share owned by a participle or set off with “at”", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Malaria remains the leading cause of death among under-fives in the district, accounting for 18% of deaths against pneumonia's 22%.",
      "Heart disease is the biggest killer of older women in the northern region, accounting for 21% of deaths, against 26% for cancer.",
      "Coal remains the largest source of electricity in the province's ageing grid, making up 34% of generation against 41% for gas.",
      "Diesel cars were the best-selling type in the first half of the year, accounting for 34% of sales, against 38% for petrol.",
      "The smallest council tax rise in the county was in the northern district, at 2.9%, while the southern district raised bills by 2.5%.",
      "The biggest pay award in the public sector this year went to the nurses, at 4.1%, while teachers received 5.5%.",
    ],
    silent: [
      "Malaria remains the leading cause of death among under-fives in the district, accounting for 28% of deaths against pneumonia's 22%.",
      // Another time; a rise ("up 34%") is still a change; a rise smaller than the smallest is none.
      "Road accidents are the leading cause of death among teenagers in the country, accounting for 18% of deaths, up from 22% a decade ago.",
      "Shares in the miner were the biggest riser, up 34% against 41% for its rival.",
      "The smallest council tax rise in the county was in the northern district, at 2.9%, while the southern district raised bills by 3.5%.",
      "Coal remains the largest source of electricity in the province, making up 44% of generation against gas's 41%.",
    ],
  });
});

describe("rank-against-figures: rain behind rain, an ordinal length behind a length", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "July was the second-wettest month of the year, with 98mm of rain, behind June's 84mm.",
      "Cardiff was the third-wettest city in the survey, with 1,150mm of rain a year, behind Swansea's 1,020mm.",
      "Aberdeen recorded 80mm of rain in June, behind Inverness on 75mm.",
      "The resort had the second-deepest snow in the Alps, at 210cm, behind Zermatt's 180cm.",
    ],
    silent: [
      "July was the second-wettest month of the year, with 98mm of rain, behind June's 104mm.",
      // Beside lengths that are no rain, behind is still a place.
      "After 90mm of rain, the 3-metre flood wall held behind the 1.2-metre kerb.",
      "After heavy rain, the 3m flood wall stood behind a 1.2m kerb.",
      "The barrier, 20 metres high, sits behind a 5-metre sea wall.",
    ],
  });
});

describe("rank-against-figures: world No 2, an ordinal superlative against a rival's place", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "She moved up to world No 2 with 7,200 ranking points, second only to the leader's 6,900.",
      "He climbed to world No 1 with 9,800 points, behind Alcaraz on 10,200.",
      "The Spaniard is now world No 4 on 3,900 points, with the leader on 3,700.",
      "Now ranked No 3 with 4,100 points, she trails the leader's 3,800 by a distance.",
      "India is now the third-largest buyer of Russian crude at 1.9 million barrels a day, ahead of Turkey, the runner-up at 0.3 million.",
      "The online retailer was the third-biggest spender on lobbying at $19m, ahead of the runner-up on $17m.",
      "Vanguard is now the fourth-largest fund manager with $7 trillion, ahead of the third-placed Fidelity.",
      "The single was the second-biggest seller of the year with 1.2 million copies, behind the fourth-placed album by Adele.",
      "The drama was the third most watched programme of the week with 6.1 million viewers, ahead of the runner-up, a cookery show.",
    ],
    silent: [
      "She moved up to world No 2 with 7,200 ranking points, second only to the leader's 7,900.",
      // A title with an article names the player; the figure is of another contest.
      "The world No 2 finished the round on 68, behind the leader's 66.",
      "The firm is now the second-largest lender with £90bn of loans, ahead of Barclays, the third-largest.",
      "The carmaker is the third-largest in Europe with 2.1 million sales, behind the runner-up Stellantis.",
      // A title from another contest.
      "The insurer is the second-biggest in Britain, with 14% of the market, ahead of the winner of last year's award.",
    ],
  });
});

describe("rank-against-figures: a rival overtaken, its figure given by name", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Vietnam overtook Thailand to become the second-largest rice exporter, shipping 7.1 million tonnes against Thailand's 8.2 million.",
      "Lidl has overtaken Morrisons to become the fourth-biggest grocer, with 8.1% of the market to Morrisons' 8.6%.",
      "The app surpassed TikTok in downloads last quarter, logging 41 million against TikTok's 44 million.",
      "The port fell behind Rotterdam in container traffic, handling 15.3 million boxes compared with Rotterdam's 13.4 million.",
    ],
    silent: [
      "Vietnam overtook Thailand to become the second-largest rice exporter, shipping 8.6 million tonnes against Thailand's 8.2 million.",
      // A clause on the rival, another time, the cue turned round, and a verb of comparison the rule does not read.
      "Vietnam overtook Thailand, whose exports fell to 7.1 million tonnes against Thailand's 8.2 million in 2019.",
      "Vietnam overtook Thailand in 2023, shipping 7.1 million tonnes against Thailand's 8.2 million the year before.",
      "Vietnam was overtaken by Thailand, shipping 7.1 million tonnes against Thailand's 8.2 million.",
      "Lidl overtook Aldi in customer satisfaction, while its sales of 2.1 million trail Aldi's 3.4 million.",
    ],
  });
});

describe("rank-against-figures: a record against the previous record", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The winning time of 2hr 5min 41sec was the slowest in the race's history, outside the previous slowest of 2hr 11min 3sec.",
      "The painting fetched £12m, the highest price ever paid for the artist's work, beating the previous record of £14.5m.",
      "Temperatures hit 38.1C, the highest ever recorded in the country, surpassing the previous record of 38.7C.",
      "Her 2min 21.5sec was the fastest ever run on the course, inside the previous best of 2min 19.8sec.",
      "Support for the party, at 41%, was its lowest on record, below the previous low of 38%.",
      "The train reached 280mph, the fastest ever recorded on the line, beating the previous best of 290mph.",
    ],
    silent: [
      "The winning time of 2hr 12min 41sec was the slowest in the race's history, outside the previous slowest of 2hr 11min 3sec.",
      // Hours count: 3hr 1min 5sec is more than 2hr 58min 40sec.
      "The winning time of 3hr 1min 5sec was the slowest in the race's history, outside the previous slowest of 2hr 58min 40sec.",
      "Her 2min 21.5sec was the fastest ever run on the course, inside the previous best of 2min 23.8sec.",
      // Of speeds the fastest is the most.
      "The train reached 320mph, the fastest ever recorded on the line, beating the previous best of 290mph.",
      "The painting fetched £16m, the highest price ever paid for the artist's work, beating the previous record of £14.5m.",
    ],
  });
});
