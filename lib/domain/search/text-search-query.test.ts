import { describe, expect, it } from "vitest";
import { toTextSearchQuery } from "./text-search-query";

describe("toTextSearchQuery", () => {
  it.each([
    ["counc", { websearch: "", prefix: "counc" }],
    ["city counc", { websearch: "city", prefix: "counc" }],
    ["Zürich räte", { websearch: "Zürich", prefix: "räte" }],
    ['"city council"', { websearch: '"city council"', prefix: null }],
    ['"city coun', { websearch: '"city coun', prefix: null }],
    ["budget -tax", { websearch: "budget -tax", prefix: null }],
    ["budget or", { websearch: "budget or", prefix: null }],
    ["owns 15%", { websearch: "owns 15%", prefix: null }],
    ["covid-19", { websearch: "covid-19", prefix: null }],
    ["to", { websearch: "to", prefix: null }],
    ["a:* & !b", { websearch: "a:* & !b", prefix: null }],
    ["", { websearch: "", prefix: null }],
  ])("%j", (text, expected) => {
    expect(toTextSearchQuery(text)).toEqual(expected);
  });
});
