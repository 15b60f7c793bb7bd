import { describe, expect, it } from "vitest";
import { findFacts } from "./article-facts";
import { checkArticle, checkClaimInArticle } from "./check-article";

const claims = (...texts: string[]) => texts.map((text, i) => ({ id: `c${i + 1}`, text }));

describe("findFacts", () => {
  it.each([
    ["Renault holds 43% of Nissan.", "stake|renault|nissan", "43%"],
    ["The French government, which owns a majority 15% of Renault, blocked a vote.", "stake|french government|renault", "15%"],
    ["Nissan's 15% stake in Renault carries no votes.", "stake|nissan|renault", "15%"],
    ["Chief executive Maya Lin said so.", "title|maya lin", "chief executive"],
    ["Jean-Dominique Senard, the chairman, said so.", "title|jean-dominique senard", "chairman"],
    ["Derek Munro, 58, admitted fraud.", "age|derek munro", "58"],
    ["The 58-year-old banker Derek Munro admitted fraud.", "age|derek munro", "58"],
    ["Director Aisha Bello, 34, is the youngest.", "age|aisha bello", "34"],
    ["The alliance, formed in 1999, is struggling.", "date|founded|alliance", "1999"],
    ["Maya Lin was born in 1972.", "date|maya lin", "1972"],
    ["A total of 1,200 jobs will go.", "total|job", "1,200"],
  ])("reads %s", (text, key, value) => {
    expect(findFacts(text).map((fact) => [fact.key, fact.value])).toContainEqual([key, value]);
  });

  it("reads no fact from sentences without a holder, a name or a total", () => {
    expect(findFacts("Sales rose 43% last year, and most of it came from Asia.")).toEqual([]);
    expect(findFacts("The former chairman Carlos Ghosn fled.").filter((f) => f.kind === "title")).toEqual([]);
  });
});

describe("checkArticle", () => {
  it("flags a stake stated two ways on both claims, each linking the other", () => {
    const findings = checkArticle(claims("Renault holds 43% of Nissan.", "Sales rose.", "Renault's 34% stake in Nissan is under review."));
    expect(findings.map((f) => [f.claimId, f.otherClaimId, f.otherValue])).toEqual([
      ["c1", "c3", "34%"],
      ["c3", "c1", "43%"],
    ]);
    expect(findings[0].message).toBe("Renault’s stake in Nissan is 43% here, but 34% in “Renault's 34% stake in Nissan is under review”.");
    expect("Renault holds 43% of Nissan.".slice(findings[0].start, findings[0].end)).toBe("43% of Nissan");
  });

  it("compares a stake named without its whole with the holder's only whole", () => {
    const findings = checkArticle(claims("Renault holds 43% of Nissan.", "Renault, which holds a majority 34% stake, is its top shareholder."));
    expect(findings.map((f) => f.claimId)).toEqual(["c1", "c2"]);
  });

  it.each([
    ["an age", "Maya Lin, 52, took over in January.", "Maya Lin, 54, said profits rose."],
    ["a title", "Chairman Jean-Dominique Senard said so.", "Jean-Dominique Senard, the chief executive, disagreed."],
    ["a date", "The alliance, formed in 1999, is struggling.", "The alliance was formed in 2001 by two carmakers."],
    ["a total", "A total of 1,200 jobs will go.", "The plan cuts 1,500 jobs in total."],
  ])("flags %s stated two ways", (_kind, first, second) => {
    expect(checkArticle(claims(first, second)).map((f) => f.claimId)).toEqual(["c1", "c2"]);
  });

  it.each([
    ["different holders", "Renault holds 43% of Nissan.", "Nissan holds 15% of Renault."],
    ["different wholes", "Renault holds 43% of Nissan.", "Renault holds 34% of Dacia."],
    ["rounding", "Renault holds 43.4% of Nissan.", "Renault holds 43% of Nissan."],
    ["an approximation", "Renault holds about 44% of Nissan.", "Renault holds 43% of Nissan."],
    ["the same value", "Maya Lin, 52, took over.", "Maya Lin, 52, said so."],
    ["a former title", "Former chairman Carlos Ghosn fled.", "Chief executive Carlos Ghosn said so."],
  ])("does not flag %s", (_why, first, second) => {
    expect(checkArticle(claims(first, second))).toEqual([]);
  });

  it("does not compare a claim with itself", () => {
    expect(checkArticle(claims("Renault holds 43% of Nissan, and Renault holds 34% of Nissan."))).toEqual([]);
  });

  it("gives one claim's findings", () => {
    const all = claims("Maya Lin, 52, took over.", "Maya Lin, 54, said so.", "Maya Lin, 56, left.");
    expect(checkClaimInArticle("c1", all).map((f) => f.otherClaimId)).toEqual(["c2", "c3"]);
  });
});

describe("titles not from a list", () => {
  it.each([
    ["Transport Secretary Louise Haigh said so.", "title|louise haigh", "transport secretary"],
    ["Labour leader Keir Starmer spoke.", "title|keir starmer", "labour leader"],
    ["Nissan chief operating officer Ashwani Gupta resigned.", "title|ashwani gupta", "nissan chief operating officer"],
    ["Jane Okafor, the bank's head of research, disagreed.", "title|jane okafor", "head of research"],
  ])("reads %s", (text, key, value) => {
    expect(findFacts(text).map((fact) => [fact.key, fact.value])).toContainEqual([key, value]);
  });

  it("flags two posts for one person, whatever the titles", () => {
    expect(checkArticle(claims("Transport Secretary Louise Haigh said so.", "Louise Haigh, the home secretary, disagreed.")).map((f) => f.claimId)).toEqual(["c1", "c2"]);
    expect(checkArticle(claims("Deputy chief executive Ana Ruiz spoke.", "Ana Ruiz, the chief executive, left.")).map((f) => f.claimId)).toEqual(["c1", "c2"]);
  });

  it("does not flag one post written two ways", () => {
    expect(checkArticle(claims("Nissan chief executive Makoto Uchida spoke.", "Makoto Uchida, the chief executive, left."))).toEqual([]);
    expect(checkArticle(claims("CEO Makoto Uchida spoke.", "Makoto Uchida, the chief executive, left."))).toEqual([]);
    expect(checkArticle(claims("Chairman Jean-Dominique Senard spoke.", "Jean-Dominique Senard, the chair, left."))).toEqual([]);
  });
});
