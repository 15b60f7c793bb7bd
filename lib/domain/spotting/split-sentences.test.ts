import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE } from "./demo-article.test-fixture";
import { splitSentences } from "./split-sentences";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("gives offsets into the text", () => {
    const text = "  One here. Two there!\n\nThree?  ";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["One here.", "Two there!", "Three?"]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not end a sentence at a title, an initial or an initialism before a name", () => {
    expect(texts("Mr. Smith met Dr. Jones at the U.S. Senate. John F. Kennedy was there.")).toEqual([
      "Mr. Smith met Dr. Jones at the U.S. Senate.",
      "John F. Kennedy was there.",
    ]);
  });

  it("ends a sentence at an initialism or a company suffix when a new sentence clearly starts", () => {
    expect(texts("He moved to the U.S. The move was quick. Renault sold it to Apple Inc. The deal closed.")).toEqual([
      "He moved to the U.S.",
      "The move was quick.",
      "Renault sold it to Apple Inc.",
      "The deal closed.",
    ]);
  });

  it("keeps decimals, months and numbered items inside the sentence", () => {
    expect(texts("Sales rose 1.5% to $3.2 billion in Jan. 2020, No. 10 said. Then they fell.")).toEqual([
      "Sales rose 1.5% to $3.2 billion in Jan. 2020, No. 10 said.",
      "Then they fell.",
    ]);
  });

  it("keeps a quotation and its attribution together", () => {
    expect(texts("“It fell. It rose,” he said. “Is it?” she asked. Yes.")).toEqual([
      "“It fell. It rose,” he said.",
      "“Is it?” she asked.",
      "Yes.",
    ]);
  });

  it("ends a sentence after a closing quote that ends it", () => {
    expect(texts("He called it “a disaster.” The board disagreed.")).toEqual(["He called it “a disaster.”", "The board disagreed."]);
  });

  it("splits normally when a quotation does not close in the paragraph", () => {
    expect(texts("“It fell. It rose.\n\nThen it fell again.”")).toEqual(["“It fell.", "It rose.", "Then it fell again.”"]);
  });

  it("ends a sentence at every line break", () => {
    expect(texts("A headline without a stop\nThe first line of the story")).toEqual([
      "A headline without a stop",
      "The first line of the story",
    ]);
  });

  it("splits the demo article into its 18 sentences", () => {
    const sentences = splitSentences(DEMO_ARTICLE);
    expect(sentences).toHaveLength(18);
    expect(sentences[2].text).toMatch(/^“The priority now.*reported by Reuters\.$/);
    expect(sentences[11].text).toBe(
      "The French government, which owns a majority 15% of Renault, blocked a vote and demanded more time to win Nissan’s backing.",
    );
  });
});
