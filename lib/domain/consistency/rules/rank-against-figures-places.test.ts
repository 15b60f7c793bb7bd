import { describe } from "vitest";
import { rankAgainstFigures } from "./rank-against-figures";
import { itChecks } from "./rule-cases.test-fixture";

// Places, leads and movers for rank-against-figures, in a file of their own to keep the other two test files under 400
// lines. Each group: the untuned sentence first, then variants in other words, then clean look-alikes.

describe("rank-against-figures: a share beside a ranking is a level, a bare number a place", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "St Mary's came second in the patient satisfaction rankings with 88 per cent, behind the Royal on 84 per cent.",
      "The firm ranked third for customer service with 71%, behind Acme on 68%.",
      "The club, ranked fifth with £120m in revenue, sits behind Everton on £95m.",
      "The council was ranked second for recycling with 58 per cent, behind Surrey on 54 per cent.",
    ],
    silent: [
      "St Mary's came second in the patient satisfaction rankings with 84 per cent, behind the Royal on 88 per cent.",
      // Places in a ranking count down: 40th is behind 12th.
      "The player, ranked 40 in the world, sits behind Jones at 12 in the rankings.",
      "Now ranked 15 in the world rankings, she is behind Sabalenka at 2.",
    ],
  });
});

describe("rank-against-figures: what the ranked thing dwarfs is a rival", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "At 1.2GW, the offshore wind farm is the world's largest, dwarfing the 1.4GW project off the Dutch coast.",
      "The new terminal, handling 40 million passengers a year, is Europe's biggest, dwarfing Heathrow's 80 million.",
      "At 828 metres, the tower is the tallest in the region, eclipsing the 900-metre spire across the bay.",
      "The stadium, at 90,000 seats, is the country's largest, dwarfing the 60,000-seat arena in Leeds and the 95,000 at Wembley.",
    ],
    silent: [
      "At 1.2GW, the offshore wind farm is the world's largest, dwarfing the 0.9GW project off the Dutch coast.",
      "At 1.2GW, the offshore wind farm is the world's largest, its output dwarfing the 0.9GW of the Dutch project and the 1.1GW of the Danish one.",
      // What dwarfs it is bigger, and "once" the largest is no rank now.
      "The 1.2GW wind farm, once the world's largest, is now dwarfed by the 1.4GW project off the Dutch coast.",
    ],
  });
});

describe("rank-against-figures: a place against a rival named by its place", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Reform UK polled third at 21 per cent, ahead of the second-placed Conservatives on 19 per cent.",
      "Reform UK polled second at 21 per cent, behind the third-placed Conservatives on 19 per cent.",
      "The Greens, polling fourth on 9%, are ahead of the third-placed Liberal Democrats.",
      "The front-runner in the primary, on 28 per cent, finished four points behind her nearest rival.",
      "The frontrunner, on 31 per cent, trails her closest challenger by two points.",
    ],
    silent: [
      "Reform UK polled third at 21 per cent, behind the second-placed Conservatives on 24 per cent.",
      "Labour polled second on 30%, ahead of the third-placed Greens.",
      "The front-runner in the primary, on 28 per cent, finished four points ahead of her nearest rival.",
      // A front-runner once, and a nearest rival of a place after the first, which may be either side of it.
      "The early front-runner, now on 18%, trails her nearest rival by ten points.",
      "The former front-runner, on 18 per cent, finished behind her nearest rival.",
      "The Greens came third with 12 per cent, behind their nearest rival.",
      "She finished third with 12 per cent, ahead of her nearest rival.",
    ],
  });
});

describe("rank-against-figures: second place against the figures of the leader and the third-placed", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The hotel group climbed to second place among global chains, its 890,000 rooms trailing the leader's 1.1 million but short of the third-placed group's 910,000.",
      "The airline rose to second place in Europe, its 92 million passengers trailing Ryanair's 180 million but short of the third-placed carrier's 95 million.",
      "The bank slipped to fourth place among lenders, with £210bn of loans, short of the fifth-placed lender's £230bn.",
    ],
    silent: [
      "The hotel group climbed to second place among global chains, its 890,000 rooms trailing the leader's 1.1 million and ahead of the third-placed group's 810,000.",
      "The bank slipped to fourth place among lenders, with £210bn of loans, ahead of the fifth-placed lender's £190bn.",
      "The club finished third on 64 points, with the fourth-placed side on 61.",
    ],
  });
});

describe("rank-against-figures: leads or tops a race, against the rival's figure", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The Democrat leads the race with 46 percent to the Republican's 48 percent, according to the latest survey.",
      "The Tory candidate tops the poll with 38 per cent to Labour's 41 per cent.",
      "The mayor heads the field with 22% of first preferences, against 25% for her challenger.",
      "The incumbent leads the primary on 31 per cent, behind the state senator on 35 per cent.",
    ],
    silent: [
      "The Democrat leads the race with 48 percent to the Republican's 46 percent, according to the latest survey.",
      // A lead within a group, against a rival's figure overall; a lead in some of the states.
      "The Democrat leads the race among women with 46 percent, though the Republican has 48 percent overall.",
      "She leads the race in 12 of the 20 states, with 46 percent to his 48 percent.",
    ],
  });
});

describe("rank-against-figures: a chart place against all but one beaten", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The singer's album debuted at number one with 88,000 sales, outselling all but one rival, which sold 102,000.",
      "The film debuted at number one, outselling all but one rival.",
      "The novel went straight in at No 1, outselling all but two other titles that week.",
      "The band's single entered at number one, outselling every other release except one.",
    ],
    silent: [
      "The film debuted at number two, outselling all but one rival.",
      "The singer's album debuted at number one with 88,000 sales, outselling its nearest rival, which sold 72,000.",
      "The album debuted at number one with 88,000 sales, outselling all rivals, the nearest of which sold 62,000.",
    ],
  });
});

describe("rank-against-figures: the biggest fallers and risers, ranked by their changes", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Shares in the utility were the biggest fallers on the index, down 6.2%, while the housebuilder dropped 7.5%.",
      "The miner was the biggest riser on the FTSE 100, up 4.1%, while Shell gained 5.3%.",
      "Tesco was the top gainer, up 3%, while Ocado jumped 4.2%.",
      "The lender was the biggest faller, down 4%, as rival Metro slumped 9%.",
      "Among the biggest losers was the carmaker, down 9%, while the bank lost 11%.",
      "The miner was the biggest riser, up 4.1%, and Shell gained 5.3%.",
    ],
    silent: [
      "Shares in the utility were the biggest fallers on the index, down 7.5%, while the housebuilder dropped 6.2%.",
      // A rise is no bigger fall; the faller's own earlier fall; the index the faller is ranked on.
      "Shares in the utility were the biggest fallers on the index, down 6.2%, while the housebuilder rose 7.5%.",
      "The lender was the biggest faller, down 4%, as rival Metro jumped 9%.",
      "The carmaker was the biggest faller, down 9% on the day, after dropping 11% last week.",
      "The bank was the biggest faller in the sector, down 4%, while the wider index dropped 1%.",
      // The same shares over another span, and a change in another market.
      "Shares in the utility were the biggest fallers, down 6.2% on the day and down 7.5% over the week.",
      "The bank was the biggest faller on the FTSE 100, down 6.2%, while on the Dax Siemens dropped 7.5%.",
    ],
  });
});
