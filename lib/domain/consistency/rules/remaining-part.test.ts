import { describe } from "vitest";
import { remainingPart } from "./remaining-part";
import { itChecks } from "./rule-cases.test-fixture";

describe("remaining-part", () => {
  itChecks(remainingPart, {
    fires: [
      "The shelter took in 64 dogs last winter; 40 were rehomed and the remaining 20 went to foster families.",
      "Of the 1,200 flats on the estate, 700 are council-owned, 300 are let privately and the other 150 are leaseholds.",
      "The council received 90 objections, 55 from residents and the rest, 30, from businesses.",
      "Some 58% of the budget goes on wages and the remaining 38% on buildings.",
      "The lottery's £30m prize fund pays £18m to the jackpot winner and the remaining £10m to runners-up.",
    ],
    silent: [
      "The shelter took in 64 dogs last winter; 40 were rehomed and the remaining 24 went to foster families.",
      "Of the 1,200 flats, 700 are council-owned and the other 500 are let privately.",
      "Some 62% of the budget goes on wages and the remaining 38% on buildings.",
      "Of 33.3 million votes, 17.4 million were for Leave and the remaining 15.9 million for Remain.",
      "The firm has 300 staff in London, and the remaining offices employ about 40.",
      "Prices rose 5% in May and the remaining months saw rises of 2%.",
      "Of the 20 players, the 25-year-old striker and the remaining 19 trained on Monday.",
    ],
  });
});
