// Across the article: the same quantity stated two ways ("Renault holds 43% of
// Nissan" … "Renault's 34% stake in Nissan"; "Maya Lin, 52," … "Lin, 54,") is
// flagged on both claims, each pointing at the other.
import { factsDisagree, findFacts, type Fact } from "./article-facts";

export type ArticleClaim = { id: string; text: string };
export type ArticleFinding = {
  ruleId: "article-mismatch";
  claimId: string;
  message: string;
  /** Offsets into this claim's text. */
  start: number;
  end: number;
  /** The claim that states it otherwise. */
  otherClaimId: string;
  otherText: string;
  otherValue: string;
};

/**
 * Every pair of claims of one article that state one fact with different
 * values. A stake named without its whole ("Renault's 43% stake") is compared
 * with the holder's stake in a whole when the article names only one whole for
 * that holder.
 */
export function checkArticle(claims: readonly ArticleClaim[]): ArticleFinding[] {
  const facts = claims.flatMap((claim) => findFacts(claim.text).map((fact) => ({ claim, fact })));
  resolveStakesWithoutWhole(facts.map((f) => f.fact));
  const findings: ArticleFinding[] = [];
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const [a, b] = [facts[i], facts[j]];
      if (a.claim.id === b.claim.id || a.fact.key !== b.fact.key || !factsDisagree(a.fact, b.fact)) continue;
      findings.push(finding(a, b), finding(b, a));
    }
  }
  return findings.sort((x, y) => (x.claimId === y.claimId ? x.start - y.start : x.claimId < y.claimId ? -1 : 1));
}

/** The article findings for one claim, among the article's claims. */
export function checkClaimInArticle(claimId: string, claims: readonly ArticleClaim[]): ArticleFinding[] {
  return checkArticle(claims).filter((finding) => finding.claimId === claimId);
}

function resolveStakesWithoutWhole(facts: Fact[]): void {
  const wholesByHolder = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (fact.kind !== "stake") continue;
    const [, holder, whole] = fact.key.split("|");
    if (whole) wholesByHolder.set(holder, (wholesByHolder.get(holder) ?? new Set()).add(whole));
  }
  for (const fact of facts) {
    if (fact.kind !== "stake") continue;
    const [, holder, whole] = fact.key.split("|");
    const wholes = wholesByHolder.get(holder);
    if (!whole && wholes?.size === 1) fact.key = `stake|${holder}|${[...wholes][0]}`;
  }
}

function finding(self: { claim: ArticleClaim; fact: Fact }, other: { claim: ArticleClaim; fact: Fact }): ArticleFinding {
  return {
    ruleId: "article-mismatch",
    claimId: self.claim.id,
    message: `${capitalise(self.fact.subject)} is ${self.fact.value} here, but ${other.fact.value} in “${excerpt(other.claim.text)}”.`,
    start: self.fact.start,
    end: self.fact.end,
    otherClaimId: other.claim.id,
    otherText: other.claim.text,
    otherValue: other.fact.value,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function excerpt(text: string): string {
  const trimmed = text.trim().replace(/[.。]+$/, "");
  return trimmed.length <= 80 ? trimmed : `${trimmed.slice(0, 77).trimEnd()}…`;
}
