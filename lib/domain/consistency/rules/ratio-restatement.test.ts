import { describe, expect, it } from "vitest";
import { ratioRestatement } from "./ratio-restatement";
import { itChecks } from "./rule-cases.test-fixture";

describe("ratio-restatement", () => {
  itChecks(ratioRestatement, {
    fires: [
      "The ratio of house prices to earnings has reached 12 to one, meaning the average home costs eight times the average salary.",
      "The nurse-to-patient ratio on the ward fell to one to eight, or 20 nurses for every 100 patients, inspectors found.",
      "The pupil-teacher ratio stands at 30:1, or one teacher per 20 pupils.",
      "The ratio of applicants to places was five to one, or ten applicants per place.",
      "A debt ratio of three to one, that is debts of six times equity, worries the lenders.",
      "The ratio of men to women on the board is two to one (one woman for every four men).",
      // "outnumber … by", ", a ratio of", and so many for each one.
      "Pupils outnumber teachers by 25 to one at the school, a ratio of one teacher for every 50 pupils.",
      "Women outnumbered men by three to one among graduates, a ratio of one man for every two women.",
      "Sheep outnumber people on the island by 40 to one (four sheep per person).",
      "The ratio of nurses to patients is now one to eight, meaning each nurse looks after four patients.",
      "The carer-to-resident ratio is one to six, meaning each carer is responsible for ten residents.",
    ],
    silent: [
      "The ratio of house prices to earnings has reached 12 to one, meaning the average home costs 12 times the average salary.",
      "The nurse-to-patient ratio on the ward fell to one to eight, or 12.5 nurses for every 100 patients.",
      "The pupil-teacher ratio stands at 30:1, or one teacher per 30 pupils.",
      "The ratio of applicants to places was five to one, or five applicants per place.",
      "The ratio of men to women on the board is two to one (one woman for every two men).",
      // Either way round; a bound on its side; a change is no ratio; a frequency is no multiple.
      "The nurse-to-patient ratio is one to eight, meaning each nurse has eight times as many patients to watch.",
      "The ratio of house prices to earnings has reached 12 to one, meaning homes cost more than eight times earnings.",
      "The ratio fell from 12 to 8 last year, meaning homes cost eight times salaries.",
      "The ratio of staff to residents is one to four, meaning carers visit three times a day.",
      "The vote was carried 12 to one, meaning it passed eight times over.",
      // The same ratio restated; hours for each, no restatement, no figure.
      "Pupils outnumber teachers by 25 to one at the school, a ratio of one teacher for every 25 pupils.",
      "Sheep outnumber people on the island by 40 to one (40 sheep per person).",
      "The ratio of nurses to patients is now one to eight, meaning each nurse looks after eight patients.",
      "The ratio of staff to residents is one to four, meaning each carer works 12 hours a shift.",
      "Sheep outnumber people on the island by 40 to one, and each farmer keeps 300 sheep.",
      "Fans outnumbered police by 20 to one, a ratio the force called dangerous.",
    ],
  });

  it("says both ways round", () => {
    const [finding] = ratioRestatement.check("The pupil-teacher ratio stands at 30:1, or one teacher per 20 pupils.");
    expect(finding.message).toBe("A ratio of 30:1 is 30 (or 0.0333), not one teacher per 20 (0.05).");
  });
});
