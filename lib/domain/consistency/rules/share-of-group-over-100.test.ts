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
    ],
  });
});
