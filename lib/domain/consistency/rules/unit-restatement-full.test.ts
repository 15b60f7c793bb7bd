// unit-restatement on a duration said again with "a full", "a whole" or "an entire" ("48 hours, a full three days"),
// perhaps with what it was of after it. (Its own file: unit-restatement.test.ts is long enough.)
import { describe } from "vitest";
import { itChecks } from "./rule-cases.test-fixture";
import { unitRestatement } from "./unit-restatement";

describe("unit-restatement, a full length said again", () => {
  itChecks(unitRestatement, {
    fires: [
      "The marathon screening lasted 48 hours, a full three days of continuous film.",
      "The vigil lasted 72 hours, a whole four days.",
      "The talks ran for 36 hours, a full three days of bargaining.",
      "The blackout lasted 96 hours, an entire two days of darkness.",
    ],
    silent: [
      "The festival lasted 48 hours, a full two days of music.",
      "The siege lasted 72 hours, a full three days of shelling.",
      // What goes on after it makes it another length: three days from the call, not the strike's.
      "The strike lasted 48 hours, a full three days after it was called.",
      "The screening lasted 48 hours, a full three days of it in the dark.",
    ],
  });
});
