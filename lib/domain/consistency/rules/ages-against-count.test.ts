import { describe, expect, it } from "vitest";
import { agesAgainstCount } from "./ages-against-count";
import { itChecks } from "./rule-cases.test-fixture";

describe("ages-against-count", () => {
  itChecks(agesAgainstCount, {
    fires: [
      "Three people, aged 34 and 51, were killed in the crash.",
      "Two men, aged 19, 23 and 31, were arrested on Friday.",
      "Four children, aged three, five and seven, were rescued.",
      "Both injured men, aged 22, 30 and 41, were taken to hospital.",
      // the people one by one, each "a N-year-old"
      "The two rescued climbers, a 41-year-old from Leeds, a 36-year-old from York and a 29-year-old from Hull, were flown to hospital.",
      "Three people were arrested: a 45-year-old man and a 50-year-old woman.",
      "The four victims – a 19-year-old student and a 23-year-old nurse from Bolton – were named.",
    ],
    silent: [
      "Two men, aged 19 and 23, were arrested on Friday.",
      "Three people, aged between 20 and 40, were hurt.",
      "Four men, aged 19 to 45, were charged.",
      "Three people, all aged 30, shared the prize.",
      "Two of the three suspects, aged 17 and 19, were charged.",
      "The three men, aged 20, 25 and 31, were released.",
      "The two climbers, a 41-year-old from Leeds and a 36-year-old from York, were flown to hospital.",
      "Three people were arrested: a 45-year-old man, a 50-year-old woman and a 17-year-old boy.",
      "Two of the five victims, a 19-year-old student and a 23-year-old nurse, were named.",
      "Three people were hurt: a 45-year-old man, a 50-year-old woman and her son.",
    ],
  });

  it("says how many ages are given", () => {
    expect(agesAgainstCount.check("Three people, aged 34 and 51, were killed.")[0].message).toBe("Three people, but 2 ages are given (34 and 51).");
  });
});
