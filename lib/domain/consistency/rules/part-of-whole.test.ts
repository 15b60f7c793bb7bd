import { describe, expect, it } from "vitest";
import { findQuantities } from "../numbers";
import { partsOfWholes } from "./part-of-whole";

const shares = (sentence: string) => partsOfWholes(sentence, findQuantities(sentence)).map((p) => Math.round(p.share));

describe("partsOfWholes", () => {
  it.each([
    ["A majority of MPs — 290 of the 650 — voted against.", [45]],
    ["four of its nine members", [44]],
    ["4.1 million of 9 million", [46]],
    ["with just 310 of the 650 seats", [48]],
    ["25,000 of the museum's 2.5 million objects", [1]],
    ["212 of its fleet of 480", [44]],
    ["nine of a total of 21", [43]],
    ["1.1 tonnes of its 3.5-tonne total", [31]],
    ["180 miles of its 400 miles of track", [45]],
  ])("reads %s", (sentence, expected) => expect(shares(sentence)).toEqual(expected));

  it.each(["12 of the 10 seats", "15% of the 200 staff", "£5 of the 10 tickets", "in 2019 of 2020", "20 of them women of 60", "12 of the cohort of 2019", "40 tonnes of its 120 containers"])("reads no share from %s", (sentence) => {
    expect(shares(sentence)).toEqual([]);
  });
});
