import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE } from "./demo-article.test-fixture";
import { spotClaims, type Suggestion } from "./spot-claims";
import { splitSentences } from "./split-sentences";

const suggestions = spotClaims(DEMO_ARTICLE);
const sentences = splitSentences(DEMO_ARTICLE);
/** The suggestion made for the demo sentence that starts with `opening`. */
function forSentence(opening: string): Suggestion {
  const index = sentences.findIndex((sentence) => sentence.text.startsWith(opening));
  if (index < 0) throw new Error(`No demo sentence starts with "${opening}"`);
  return suggestions[index];
}

// Every sentence stating a figure, a stake, a date or an attributed statement,
// and those where a named organisation or person does something factual.
const MUST_SUGGEST = [
  "The French carmaker now sees", // two decades; chairman … said yesterday
  "“The priority now is", // quotation, Senard said
  "The Renault chief added that", // reported speech
  "Senard succeeded Ghosn", // named person, factual verb
  "Ghosn is facing", // charges
  "He insists that", // a majority 43% stake
  "“There was fear", // quotation, he said
  "It has been reported that", // reported
  "Nissan refused", // refused, blocked, demanded
  "The French government, which owns", // a majority 15%
  "This led to FCA", // citing “political conditions”
  "“Looking at the past 20 years", // 20 years; Le Maire told reporters last week
  "The minister even went", // its 15% stake
  "“We can reduce", // he told AFP
  "It is reported that", // reported
];
// Scene-setting and interpretation.
const MUST_NOT_SUGGEST = ["After the merger with Fiat Chrysler", "Things were further inflamed", "The French state wants"];

describe("spotClaims on the demo article", () => {
  it("scores every sentence, in order, with offsets into the text", () => {
    expect(suggestions).toHaveLength(sentences.length);
    suggestions.forEach((suggestion, i) => {
      expect(DEMO_ARTICLE.slice(suggestion.start, suggestion.end)).toBe(suggestion.exact);
      expect(suggestion.start).toBeGreaterThanOrEqual(sentences[i].start);
      expect(suggestion.end).toBeLessThanOrEqual(sentences[i].end);
      expect(suggestion.score).toBeGreaterThanOrEqual(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
      expect(suggestion.isCheckWorthy).toBe(suggestion.score >= 0.5);
    });
  });

  it.each(MUST_SUGGEST)("suggests the sentence starting %s, with its reasons", (opening) => {
    const suggestion = forSentence(opening);
    expect(suggestion.isCheckWorthy).toBe(true);
    expect(suggestion.reasons.length).toBeGreaterThan(0);
  });

  it.each(MUST_NOT_SUGGEST)("does not suggest the sentence starting %s", (opening) => {
    expect(forSentence(opening).isCheckWorthy).toBe(false);
  });

  it("accounts for every demo sentence in one list or the other", () => {
    expect(MUST_SUGGEST.length + MUST_NOT_SUGGEST.length).toBe(sentences.length);
  });

  it("gives the reasons that make a sentence check-worthy", () => {
    const ids = (opening: string) => forSentence(opening).reasons.map((reason) => reason.id);
    expect(ids("The French government, which owns")).toEqual(expect.arrayContaining(["figure", "percentage", "actor"]));
    expect(ids("The French carmaker now sees")).toEqual(expect.arrayContaining(["figure", "attribution", "date"]));
    expect(ids("“We can reduce")).toEqual(expect.arrayContaining(["percentage", "attribution"]));
    expect(forSentence("The French state wants").reasons).toEqual([]);
  });

  it("suggests the check-worthy words: attribution tails cut, quotations without their marks", () => {
    expect(forSentence("The French carmaker now sees").exact).toBe(
      "The French carmaker now sees the strengthening of the two decades old alliance as a priority",
    );
    expect(forSentence("“We can reduce").exact).toBe(
      "We can reduce the state’s stake in Renault’s capital. This is not a problem as long as, at the end of the process, " +
        "we have a more solid auto sector and a more solid alliance between the two great car manufacturers Nissan and Renault",
    );
    expect(forSentence("It has been reported that").exact).toBe(
      "It has been reported that Senard has been working to repair relations with Nissan",
    );
    expect(forSentence("The French government, which owns").exact).toBe(
      "The French government, which owns a majority 15% of Renault, blocked a vote and demanded more time to win Nissan’s backing",
    );
  });
});

describe("spotClaims", () => {
  it("suggests nothing in opinion and scene-setting", () => {
    const text = "This is a terrible idea. We should all be worried. The mood in Paris was tense.";
    expect(spotClaims(text).filter((s) => s.isCheckWorthy)).toEqual([]);
  });

  it("returns nothing for an empty text", () => {
    expect(spotClaims("")).toEqual([]);
    expect(spotClaims("  \n\n ")).toEqual([]);
  });

  it("scores 10,000 words quickly (the benchmark holds the 200 ms budget; this guards against regressions)", () => {
    const article = Array.from({ length: 20 }, (_, i) => DEMO_ARTICLE.replace(/\d+/g, (n) => String(Number(n) + i))).join("\n\n");
    spotClaims(article);
    const started = performance.now();
    const result = spotClaims(article);
    expect(result.length).toBeGreaterThan(300);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
