import { describe, expect, it } from "vitest";
import { bounds, findPercentages, findQuantities, findYears, parseNumber, roundingSlack } from "./numbers";

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

describe("findQuantities, words and units", () => {
  it.each([
    ["half a million pounds", 500_000, "£"],
    ["a quarter of a million people", 250_000, null],
    ["about a third of a million people", 1_000_000 / 3, null],
    ["two-thirds of a billion dollars", 2e9 / 3, "$"],
    ["a billion dollars", 1e9, "$"],
    ["250p", 2.5, "£"],
    ["12.5 billion yuan", 12.5e9, "CNY"],
    ["two and a half million euros", 2.5e6, "€"],
    ["one and three quarters billion dollars", 1.75e9, "$"],
    ["3 and a quarter million pounds", 3.25e6, "£"],
  ])("reads %s", (text, value, currency) => {
    const [quantity] = findQuantities(text);
    expect([quantity.value, quantity.currency, quantity.isFraction]).toEqual([value, currency, false]);
  });

  it("keeps \"one in a hundred\" a fraction and \"a quarter of a point\" no share", () => {
    expect(findQuantities("one in a hundred").map((q) => [q.value, q.isFraction])).toEqual([[1, true]]);
    expect(findQuantities("rose by a quarter of a point").filter((q) => q.isFraction)).toEqual([]);
  });

  it("reads \"by a third\" and \"half the workforce\" as shares", () => {
    expect(findQuantities("fell by a third, from 9 to 6").filter((q) => q.isFraction).map((q) => Math.round(q.value))).toEqual([33]);
    expect(findQuantities("half the workforce (48%)").filter((q) => q.isFraction).map((q) => q.value)).toEqual([50]);
    expect(findQuantities("collapsed to a fifth, 27.5%, its worst").filter((q) => q.isFraction).map((q) => q.value)).toEqual([20]);
    expect(findQuantities("moved to a third, decisive round").filter((q) => q.isFraction)).toEqual([]);
  });

  it("reads what a part accounts for, and the next part's \"for\", as shares", () => {
    const shares = (text: string) => findQuantities(text).filter((q) => q.isFraction).map((q) => Math.round(q.value));
    expect(shares("with Europe accounting for a third and the Americas for about a fifth.")).toEqual([33, 20]);
    expect(shares("with business travel accounting for 30 per cent and visits to family for a fifth.")).toEqual([20]);
    expect(shares("Coal accounted for a quarter, the regulator said.")).toEqual([25]);
    expect(shares("Sales accounted for a third successive year of growth.")).toEqual([]);
    expect(shares("The firm has accounted for a third time this year.")).toEqual([]);
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

describe("findQuantities: fractions, approximations, ranges, currencies", () => {
  const read = (sentence: string) => findQuantities(sentence).map((q) => [q.text, Number(q.value.toFixed(1)), q.isPercent]);

  it.each([
    ["A third of adults", [["A third", 33.3, true]]],
    ["two-thirds of the budget", [["two-thirds", 66.7, true]]],
    ["three quarters of voters", [["three quarters", 75, true]]],
    ["half of the staff", [["half", 50, true]]],
    ["one in five voters", [["one in five", 20, true]]],
    ["4 out of 10 people", [["4 out of 10", 40, true]]],
    ["one applicant in every eight", [["one applicant in every eight", 12.5, true]]],
    ["four cases out of five", [["four cases out of five", 80, true]]],
    ["a success rate of barely half", [["half", 50, true]]],
    ["Most respondents (a quarter) said no", [["a quarter", 25, true]]],
    ["a third is woodland", [["a third", 33.3, true]]],
    ["12 per cent and twelve per cent", [["12 per cent", 12, true], ["twelve per cent", 12, true]]],
  ])("reads %s", (sentence, expected) => expect(read(sentence)).toEqual(expected));

  it.each(["a third term in office", "the first quarter of 2024", "the second half of the year", "cut in half", "a half-century-old mill", "two goals in five minutes"])(
    "finds no fraction in %s",
    (sentence) => expect(findQuantities(sentence).filter((q) => q.isFraction)).toEqual([]),
  );

  it("does not read an age and a year as a fraction", () => {
    expect(findQuantities("She was 35 in 2019").map((q) => [q.value, q.isYear])).toEqual([[35, false], [2019, true]]);
  });

  it("reads scales written every way", () => {
    expect(findQuantities("1.2bn, 1,200 million, 1.2 billion, $3.5bn, €30bn, 0.5bn").map((q) => q.value)).toEqual([1.2e9, 1.2e9, 1.2e9, 3.5e9, 3e10, 5e8]);
  });

  it("records the approximation written before a number", () => {
    const approx = findQuantities("nearly 40%, more than 20, about 15, just under 3, at least 7, 9").map((q) => q.approx);
    expect(approx).toEqual(["under", "over", "about", "under", "over", "exact"]);
  });

  it("reads ranges as one quantity with an upper end", () => {
    expect(findQuantities("10-15% of voters").map((q) => [q.value, q.high, q.isPercent])).toEqual([[10, 15, true]]);
    expect(findQuantities("between 10 and 15 per cent").map((q) => [q.value, q.high, q.isPercent])).toEqual([[10, 15, true]]);
    expect(findQuantities("from 2010-2015").every((q) => q.high === undefined)).toBe(true);
  });

  it("reads a range only when it runs upwards: a restatement or a score is two numbers", () => {
    expect(findQuantities("£45m – 4.5 million pounds").map((q) => [q.value, q.high])).toEqual([[45e6, undefined], [4.5e6, undefined]]);
    expect(findQuantities("won 3-1 at home").map((q) => [q.value, q.high])).toEqual([[3, undefined], [1, undefined]]);
    expect(findQuantities("€2.4m – 240,000 euros").map((q) => q.value)).toEqual([2.4e6, 240_000]);
    expect(findQuantities("£3-5bn").map((q) => [q.value, q.high])).toEqual([[3e9, 5e9]]);
    expect(findQuantities("$7 trillion - $8 trillion").map((q) => [q.value, q.high])).toEqual([[7e12, 8e12]]);
    expect(findQuantities("£45-€60").map((q) => q.high)).toEqual([undefined, undefined]);
  });

  it("reads a bound written after the number: \"or more\", \"or fewer\", \"-plus\"", () => {
    const approx = findQuantities("40% or more, 500 or fewer, £1m and above, 60-plus, 20 or so").map((q) => q.approx);
    expect(approx).toEqual(["over", "under", "over", "over", "exact"]);
  });

  it("reads \"one-third\" with a hyphen as a share, and \"one third\" without one only where a share is meant", () => {
    expect(read("a one-third stake")).toEqual([["one-third", 33.3, true]]);
    expect(read("a one-quarter holding")).toEqual([["one-quarter", 25, true]]);
    expect(findQuantities("one third party").filter((q) => q.isFraction)).toEqual([]);
    expect(findQuantities("about 2 percent - one-third what it is now").filter((q) => q.isFraction)).toEqual([]);
  });

  it("reads compound number words, a scale of a scale, and \"40 to 50 per cent\" as a range", () => {
    expect(findQuantities("two hundred and fifty jobs, three hundred thousand people").map((q) => q.value)).toEqual([250, 300_000]);
    expect(findQuantities("40 to 50 per cent of voters").map((q) => [q.value, q.high, q.isPercent])).toEqual([[40, 50, true]]);
    expect(findQuantities("rose from 40 to 50 per cent").map((q) => [q.value, q.high])).toEqual([[40, undefined], [50, undefined]]);
  });

  it("tells US dollars from other dollars written with a prefix", () => {
    expect(findQuantities("US$5m, A$5m, $5m").map((q) => [q.value, q.currency])).toEqual([[5e6, "$"], [5e6, "AUD"], [5e6, "$"]]);
  });

  it("knows the currency from a symbol or a currency word, and the unit after the number", () => {
    expect(findQuantities("€1.2 billion (1,200 million euros), 120mm").map((q) => [q.currency, q.unit])).toEqual([["€", ""], ["€", "euros"], [null, "mm"]]);
  });
});

describe("bounds", () => {
  it("widens for approximations and ranges", () => {
    const [exact, nearly, over, about, range] = findQuantities("40%, nearly 40%, more than 40%, about 40%, 40-45%");
    expect(bounds(exact, 1)).toEqual([39, 41]);
    expect(bounds(nearly, 1)).toEqual([-Infinity, 40]);
    expect(bounds(over, 1)).toEqual([40, Infinity]);
    expect(bounds(about, 1)).toEqual([38, 42]);
    expect(bounds(range, 1)).toEqual([39, 46]);
  });
});
