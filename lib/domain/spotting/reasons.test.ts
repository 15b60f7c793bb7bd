import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE, demoSentenceStarting } from "./demo-article.test-fixture";
import { detectReasons, findReasonHits, REASONS, type ReasonId } from "./reasons";
import { splitSentences } from "./split-sentences";

const demo = splitSentences(DEMO_ARTICLE);
const sentence = (opening: string) => demoSentenceStarting(opening, demo);
const has = (text: string, id: ReasonId) => detectReasons(text).some((reason) => reason.id === id);

const CASES: Record<ReasonId, { fires: string[]; silent: string[] }> = {
  figure: {
    fires: [
      "Renault sold 3.8 million cars.",
      "It cost $1.5bn.",
      "There were 1,200 delegates.",
      sentence("The French carmaker now sees"), // "two decades old"
    ],
    silent: ["He was born in 2019.", "The alliance is strong.", sentence("The French state wants")],
  },
  percentage: {
    fires: [
      "Unemployment is 5 per cent.",
      "One in five adults smoke.",
      "A third of voters stayed home.",
      sentence("He insists that"), // "a majority 43% stake"
      sentence("The minister even went"), // "its 15% stake"
    ],
    silent: ["What is at stake is our future.", "I share your concern.", "The stakes are high."],
  },
  comparison: {
    fires: ["Nissan is bigger than Renault.", "It is the largest carmaker in Europe.", "Toyota overtook Volkswagen.", sentence("He insists that")],
    silent: ["He stayed on top of things.", "The meeting went well.", sentence("Ghosn is facing")],
  },
  change: {
    fires: ["Sales rose 5%.", "Profits went down by a third.", "Over the past five years prices doubled.", sentence("The Renault chief added")],
    silent: ["The company is based in Paris.", sentence("Ghosn is facing")],
  },
  actor: {
    fires: [
      sentence("Nissan refused"),
      sentence("Ghosn is facing"),
      sentence("Senard succeeded"),
      sentence("The French government, which owns"),
      "Toyota overtook Volkswagen.",
    ],
    silent: ["It refused to budge.", "I voted for it.", sentence("The French state wants"), sentence("Things were further inflamed")],
  },
  attribution: {
    fires: [
      sentence("“We can reduce"), // ,” he told AFP.
      sentence("The French carmaker now sees"), // , chairman … said yesterday.
      sentence("The Renault chief added"), // added that
      sentence("It has been reported"),
      "Sales fell, according to Reuters.",
      "He said: “It is over.”",
    ],
    silent: ["I said that before.", "We need to talk.", sentence("The French state wants"), sentence("Ghosn is facing")],
  },
  causal: {
    fires: [sentence("This led to FCA"), "Sales fell because of the tax.", "Prices rose due to the drought.", "As a result, the plant closed."],
    silent: ["He walked away from the table.", sentence("The French state wants")],
  },
  date: {
    fires: ["It opened in 2019.", "We met on Monday.", "In March the vote failed.", "It closed two years ago.", sentence("“Looking at the past 20 years")],
    silent: ["May I ask a question?", "We must march on.", "It cost $2019.", sentence("Nissan refused")],
  },
};

describe("reasons", () => {
  it("lists every reason with a label", () => {
    expect(REASONS.map((reason) => reason.id).sort()).toEqual(Object.keys(CASES).sort());
    for (const reason of REASONS) expect(reason.label.length).toBeGreaterThan(5);
  });

  for (const [id, { fires, silent }] of Object.entries(CASES) as [ReasonId, (typeof CASES)[ReasonId]][]) {
    describe(id, () => {
      it.each(fires)("fires on %s", (text) => expect(has(text, id)).toBe(true));
      it.each(silent)("stays silent on %s", (text) => expect(has(text, id)).toBe(false));
    });
  }

  it("finds where each reason matched, in order", () => {
    const text = "Renault, which holds a majority 43% stake, sold 2 million cars in 2019.";
    const hits = findReasonHits(text);
    expect(hits.map((hit) => hit.start)).toEqual([...hits.map((hit) => hit.start)].sort((a, b) => a - b));
    const percent = hits.find((hit) => hit.id === "percentage" && text.slice(hit.start, hit.end) === "43%");
    expect(percent).toBeDefined();
    expect(hits.some((hit) => hit.id === "date" && text.slice(hit.start, hit.end) === "2019")).toBe(true);
  });
});
