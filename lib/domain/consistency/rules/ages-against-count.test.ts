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
    ],
    silent: [
      "Two men, aged 19 and 23, were arrested on Friday.",
      "Three people, aged between 20 and 40, were hurt.",
      "Four men, aged 19 to 45, were charged.",
      "Three people, all aged 30, shared the prize.",
      "Two of the three suspects, aged 17 and 19, were charged.",
      "The three men, aged 20, 25 and 31, were released.",
    ],
  });

  it("says how many ages are given", () => {
    expect(agesAgainstCount.check("Three people, aged 34 and 51, were killed.")[0].message).toBe("Three people, but 2 ages are given (34 and 51).");
  });
});
