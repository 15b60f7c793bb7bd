import { describe, expect, it } from "vitest";
import { findMeasures } from "./measures";

const read = (sentence: string) => findMeasures(sentence).map((m) => [m.text, m.dimension, Number(m.base.toPrecision(6))]);

describe("findMeasures", () => {
  it.each([
    ["It took 3 hours 5 minutes and 2 days.", [["3 hours 5 minutes", "time", 185], ["2 days", "time", 2880]]],
    ["It took an hour and 20 minutes, then half an hour.", [["an hour and 20 minutes", "time", 80], ["half an hour", "time", 30]]],
    ["A two-and-a-half-hour wait, and a 45-minute one.", [["two-and-a-half-hour", "time", 150], ["45-minute", "time", 45]]],
    ["Over one and a quarter hours, or 1.5 days.", [["one and a quarter hours", "time", 75], ["1.5 days", "time", 2160]]],
    ["A 40cm pipe and 3.5 kilometres of cable.", [["40cm", "length", 0.4], ["3.5 kilometres", "length", 3500]]],
    ["Some 12 square kilometres and 300 hectares.", [["12 square kilometres", "area", 12e6], ["300 hectares", "area", 3e6]]],
    ["He is 6ft 2 inches, she 5 feet.", [["6ft 2 inches", "length", 1.8796], ["5 feet", "length", 1.524]]],
    ["It holds 2 million cubic metres and 40 litres.", [["2 million cubic metres", "volume", 2e9], ["40 litres", "volume", 40]]],
    ["A 4.2-tonne load and 350 grams.", [["4.2-tonne", "mass", 4200], ["350 grams", "mass", 0.35]]],
    ["A 2MW turbine (2,000 kW) made 1.2 GWh.", [["2MW", "power", 2e6], ["2,000 kW", "power", 2e6], ["1.2 GWh", "energy", 1.2e9]]],
  ])("reads %s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it("keeps the precision of the figure written", () => {
    const [rounded, exact, words] = findMeasures("A 1,800-hectare site, 145 minutes, or about an hour.");
    expect([rounded.slack, exact.slack]).toEqual([0.5 * 100 * 10_000, 0.5]);
    expect(words.slack).toBe(7.5);
  });

  it("does not read rates, money, lone units after a number or other words as measures", () => {
    expect(read("It runs at 90 km/h, costs £5m and 30p, three times a day, for 20 metres per second.")).toEqual([["90 km/h", "speed", 90]]);
    expect(read("A second referendum, 5G masts and a week.")).toEqual([]);
  });
});
