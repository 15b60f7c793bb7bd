import { describe } from "vitest";
import { shareOfGroupOver100 } from "./share-of-group-over-100";
import { itChecks } from "./rule-cases.test-fixture";

describe("share-of-group-over-100", () => {
  itChecks(shareOfGroupOver100, {
    fires: [
      "The academy said 103% of its sixth-formers had won university places.",
      "Officials said 112 per cent of the registered voters in the district cast a ballot.",
      "Of the 1,400 nurses surveyed by the union, 130% said they had considered quitting.",
      "Of the 60 saplings planted along the river, fully 104% took root.",
      "Some 120% of the children in the programme improved their reading age.",
      // a count taken out of a smaller group
      "Some 5,200 of the 4,800 workers at the plant walked out on Tuesday.",
      "Police said 300 of its 250 officers were on duty.",
      "Eleven of the nine councillors backed the plan.",
    ],
    silent: [
      "The project came in at 105 per cent of its original budget.",
      "Exports reached 120% of last year's levels by October.",
      "Public debt stands at 150% of GDP.",
      "The stadium was filled to 102% of its capacity, the club admitted.",
      "Sales rose 110% of the way to target, the firm said.",
      "Pay rose by 104% for the lowest-paid workers over a decade.",
      "Of the 300 staff, 45% work part-time.",
      "The fund has returned 130% of the sums invested by its members.",
      // a count out of a larger group, or of an amount
      "Some 4,200 of the 4,800 workers at the plant walked out on Tuesday.",
      "The team won 14 of their last 20 games, and 5 of the 8 played away.",
      "Nine of the 11 councillors backed the plan.",
    ],
  });
});
