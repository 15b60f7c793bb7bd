import { describe, expect, it } from "vitest";
import { findPercentages, findQuantities, findYears, parseNumber, roundingSlack } from "./numbers";

describe("findQuantities", () => {
  it("reads digits, separators, decimals, currencies, scales and number words", () => {
    const values = findQuantities("$3bn, 1.5 million, 1,200 cars, twenty-five people and a dozen eggs").map((q) => q.value);
    expect(values).toEqual([3e9, 1.5e6, 1200, 25, 12]);
  });

  it("marks percentages and years, with offsets", () => {
    const sentence = "a majority 15% of Renault in 2019, or 15 per cent";
    expect(findPercentages(sentence).map((q) => [q.value, sentence.slice(q.start, q.end)])).toEqual([
      [15, "15%"],
      [15, "15 per cent"],
    ]);
    expect(findYears(sentence).map((q) => q.value)).toEqual([2019]);
    expect(findYears("2,019 people and 2019 votes").map((q) => q.text)).toEqual(["2019"]);
  });
});

describe("parseNumber", () => {
  it.each([
    ["20", 20],
    ["two", 2],
    ["twenty-five", 25],
    ["1,500", 1500],
    ["1.5", 1.5],
  ])("reads %s", (text, value) => expect(parseNumber(text)).toBe(value));

  it("refuses what is not a number", () => expect(parseNumber("many")).toBeNull());
});

describe("roundingSlack", () => {
  it("is half the last digit for decimals and scales, and nothing for whole counts", () => {
    const [decimal, scaled, count] = findQuantities("1.5 million, 3bn, 12");
    expect(roundingSlack(decimal)).toBe(50_000);
    expect(roundingSlack(scaled)).toBe(5e8);
    expect(roundingSlack(count)).toBe(0);
  });
});
