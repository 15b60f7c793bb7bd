import { describe, expect, it } from "vitest";
import { findReasonHits } from "./reasons";
import { suggestSpan } from "./suggest-span";

const spanOf = (sentence: string) => {
  const span = suggestSpan(sentence, () => findReasonHits(sentence));
  return sentence.slice(span.start, span.end);
};

describe("suggestSpan", () => {
  it("drops the final full stop but keeps a question mark", () => {
    expect(spanOf("Renault sold 3.8 million cars in 2019.")).toBe("Renault sold 3.8 million cars in 2019");
    expect(spanOf("Did Renault sell 3.8 million cars?")).toBe("Did Renault sell 3.8 million cars?");
  });

  it("cuts an attribution tail at its comma", () => {
    expect(spanOf("Sales fell 5% last year, the company said on Monday.")).toBe("Sales fell 5% last year");
    expect(spanOf("Renault holds 43% of Nissan, according to Reuters.")).toBe("Renault holds 43% of Nissan");
    expect(spanOf("The alliance is 20 years old, chairman Jean-Dominique Senard (left) said yesterday.")).toBe(
      "The alliance is 20 years old",
    );
  });

  it("keeps a tail that holds a claim of its own", () => {
    const sentence = "Sales fell, he said, adding that profits rose 5%.";
    expect(spanOf(sentence)).toBe("Sales fell, he said, adding that profits rose 5%");
  });

  it("cuts “According to X,” at the start", () => {
    expect(spanOf("According to Reuters, Renault holds 43% of Nissan.")).toBe("Renault holds 43% of Nissan");
  });

  it("suggests the quoted words of a quotation followed by its speaker", () => {
    expect(spanOf("“We sold 2 million cars,” he told reporters.")).toBe("We sold 2 million cars");
    expect(spanOf("“Did we sell 2 million cars?” he asked.")).toBe("Did we sell 2 million cars?");
  });

  it("keeps the whole sentence when the quotation is not followed by a speaker", () => {
    expect(spanOf("“Two million” is the figure Renault gave.")).toBe("“Two million” is the figure Renault gave");
  });

  it("narrows to the clauses that hold the reasons", () => {
    expect(spanOf("Renault sold 2 million cars in 2019, but the mood at the plant was gloomy.")).toBe(
      "Renault sold 2 million cars in 2019",
    );
    expect(spanOf("The mood was gloomy; Renault sold 2 million cars in 2019.")).toBe("Renault sold 2 million cars in 2019");
    expect(spanOf("The mood was gloomy, but Renault sold 2 million cars in 2019.")).toBe("Renault sold 2 million cars in 2019");
  });

  it("keeps clauses between the ones that hold reasons, and the subject of a relative clause", () => {
    const across = "Nissan refused the merger – understandably, as it wants independence – and Renault blocked changes.";
    expect(spanOf(across)).toBe(across.slice(0, -1));
    expect(spanOf("The partner – which holds 43% of the shares – refused.")).toBe("The partner – which holds 43% of the shares – refused");
  });

  it("does not narrow to a fragment shorter than four words", () => {
    expect(spanOf("The mood was gloomy; 2 million cars.")).toBe("The mood was gloomy; 2 million cars");
  });
});
