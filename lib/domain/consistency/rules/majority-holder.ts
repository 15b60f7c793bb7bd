import { findPercentages, findQuantities, type Quantity } from "../numbers";
import { formatPercent, type ConsistencyRule, type Finding } from "../rule";
import { partsOfWholes } from "./part-of-whole";
import { isHoldingReached, isLeftOver } from "./share-of-word";
import { isShareOfAWhole } from "./share-context";

// A holder said to have control — "majority-owned by a fund", "majority control", "its majority", "a controlling
// stake" — and, anywhere in the sentence, the one stake or count of seats that holder is given: "which holds a third
// of its equity", "Two-fifths of the voting rights are held by the family", "won 142 of the 350 seats". Wherever the
// two sit, a stake of half or less is no majority. Majority-under-half pairs a word with a share a few words away;
// this pairs them by what they are about (ownership or seats), so the wording between does not matter.
const CONTROL =
  /\b(?:majority[- ](?:owned|owner|control(?:led)?|stake|holding|shareholding|interest|ownership)|(?:(?:its|their|his|her)(?:\s+(?:overall|outright|absolute|working|clear|slim|narrow|comfortable))?|an?\s+(?:overall|outright|absolute|working))\s+majority(?!\s+(?:of|in\s+the\s+(?:vote|poll)))|(?:outright|overall|absolute)\s+control|controlling\s+(?:\d[\d.]*\s?(?:%|per\s?cent|percent)\s+)?(?:stake|interest|share|shareholding|majority))\b/gi;
// "lost its majority", "no longer has majority control": no claim of control now.
const DENIED = /\b(?:not|no|short of|without|lacks?|lacking|lost|loses|losing|never|no longer|ceded|gave up|give up|sold|sell|selling|once had|used to have|would|could|may|might|hoping|hopes?|seeks?|seeking|wants?|bid for|aims?)\s+(?:\w+\s+){0,2}$/i;
// A share that is a stake: "a 38% stake", "38% of its shares", "a third of the voting rights", "holds 45%",
// "60% owned by". Not "holds 20% of deposits": a share of something else the holder has.
const STAKE_AFTER = /^\s*(?:stake|holding|shareholding|interest|share)\b|^\s+(?:owned|held|controlled)\b/i;
const OF_THE_HOLDING = /^\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}’'-]+[’']s\s+)?(?:[\p{L}-]+\s+)?(?:shares|equity|capital|voting\s+rights|votes|stock|company|firm|group|bank|business|club|airline|operator|brewery|it|them)\b/iu;
// ("holds the remaining 62%", "owns the other 38%": the rest of the whole is a stake too.)
const HOLDS_BEFORE = /\b(?:owns|own|holds|hold|held|owned|controls|control|has|have|had|with|keeps|keep|at|bought|took|retains)\s+(?:(?:a|an|about|some|just|only|nearly|almost|around)\s+|the\s+(?:remaining|other|rest\s+of\s+the)\s+)?$/i;

// "a majority stake of 62%", "a holding of about 30%": named a stake before it; "cut its holding to 46%": the
// level the holding was brought to.
const STAKE_BEFORE = /\b(?:stake|holding|shareholding|interest)\s+(?:of|at|to)\s+(?:(?:just|only|some|about|around|nearly|almost)\s+)?$/i;

// "sold a 45% stake to investors", "sold a holding of 45%": a stake sold is no longer the holder's.
const SOLD_BEFORE = /\b(?:sold|sells|selling|sell|offloaded|ceded|gave\s+up|disposed\s+of)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:further|remaining|\d[\d.]*\s?(?:%|per\s?cent|percent))\s+)?(?:(?:stake|holding|shareholding|interest)\s+(?:of|at)\s+)?(?:(?:just|only|some|about|around|nearly|almost)\s+)?$/i;

function isStake(sentence: string, q: Quantity): boolean {
  if (SOLD_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return false;
  const after = sentence.slice(q.end, q.end + 60);
  if (STAKE_AFTER.test(after) || OF_THE_HOLDING.test(after) || STAKE_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start))) return true;
  return !/^\s+of\b/i.test(after) && HOLDS_BEFORE.test(sentence.slice(Math.max(0, q.start - 20), q.start));
}
// Votes cast are not seats: "won 40% of the vote and kept its majority" is how elections go.
const OF_THE_VOTE = /\b(?:vote|votes|ballots?|poll|popular)\b/i;

type Stake = { value: number; start: number; end: number; text: string; approx: Quantity["approx"]; high?: number; reached?: boolean };

// "after raising its holding from 31 per cent to 47 per cent": the level reached is the stake. The level it came from
// was held too, so the stake is read as the larger ("cut its holding from 60% to 47%" may follow a majority once held).
// ("after its stake rose from 31% to 44%": the holding's own verb may come between; with "its" or "their" before it,
// so that "as interest rose from 3% to 4%" stays a rate.)
const HOLDING_FROM = /\b(?:stake|holding|shareholding|interest)\s+from\s+$|\b(?:its|their|his|her)\s+(?:stake|holding|shareholding|interest)\s+(?:rose|climbed|grew|increased|went\s+up|jumped|fell|dropped|declined|was\s+(?:raised|lifted|increased|cut|reduced))\s+from\s+$/i;

function stakesIn(sentence: string): Stake[] {
  const percentages = findPercentages(sentence);
  const shares: Stake[] = percentages
    .filter((q) => !OF_THE_VOTE.test(sentence.slice(q.end, q.end + 25)))
    .flatMap((q): Stake[] => {
      const from = percentages.find((p) => p.end < q.start && /^\s+to\s+$/i.test(sentence.slice(p.end, q.start)) && HOLDING_FROM.test(sentence.slice(Math.max(0, p.start - 45), p.start)));
      if (from) return [{ value: Math.max(from.value, q.value), start: from.start, end: q.end, text: `${from.text.trim()} to ${q.text.trim()}`, approx: q.approx, high: q.high }];
      const reached = isHoldingReached(sentence, q);
      return (isShareOfAWhole(sentence, q) && isStake(sentence, q)) || reached ? [{ value: q.value, start: q.start, end: q.end, text: q.text.trim(), approx: q.approx, high: q.high, reached }] : [];
    });
  const seats = partsOfWholes(sentence, findQuantities(sentence))
    .filter((pair) => /^\s+(?:seats|shares|votes on the board|board seats|members)\b/i.test(sentence.slice(pair.whole.end, pair.whole.end + 20)))
    .map((pair) => ({ value: pair.share, start: pair.start, end: pair.end, text: sentence.slice(pair.start, pair.end), approx: pair.part.approx }));
  // ("took a 20% stake last year … after lifting it to 40%": the level a holding named before was brought to is the same
  // holding, read as the larger, as "from … to" is.)
  const reached = shares.findIndex((q, i) => i > 0 && q.reached);
  if (reached > 0) {
    const [from, to] = [shares[reached - 1], shares[reached]];
    shares.splice(reached - 1, 2, { ...to, value: Math.max(from.value, to.value), start: from.start, text: `${from.text} to ${to.text}` });
  }
  return [...shares, ...seats];
}

// "Just 31 per cent of the voting rights, a majority,", "holding 48.5% of the bonds, a clear majority,": a share
// called a majority in apposition, past the whole it is of ("a third of the jurors — the majority —", "(a majority)").
const SHARE_THEN_MAJORITY = /^(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)?\s*(?:,|\s[–—]|\()\s*(?:a|an|the)\s+(?:(?:clear|slim|narrow|bare|comfortable|working|big|large|small|thin|overall|outright|absolute)\s+)?majority\b(?!\s+of)/iu;

function sharesCalledAMajority(sentence: string): Finding[] {
  const findings: Finding[] = [];
  for (const share of findPercentages(sentence)) {
    const called = SHARE_THEN_MAJORITY.exec(sentence.slice(share.end, share.end + 90));
    if (!called || (share.high ?? share.value) > 50 || share.approx === "over" || !isShareOfAWhole(sentence, share)) continue;
    findings.push({
      ruleId: majorityHolder.id,
      message: `${share.text.trim()} is called a majority: it is not more than half.`,
      start: share.start,
      end: share.end + called[0].length,
    });
  }
  return findings;
}

export const majorityHolder: ConsistencyRule = {
  id: "majority-holder",
  description: "A holder said to have majority control cannot hold half or less.",
  check(sentence) {
    const called = sharesCalledAMajority(sentence);
    if (called.length > 0) return called;
    const claims = [...sentence.matchAll(CONTROL)].filter((m) => !DENIED.test(sentence.slice(Math.max(0, m.index - 30), m.index)));
    if (claims.length !== 1) return [];
    const stakes = stakesIn(sentence);
    // One stake only: with two ("30% of the shares but a majority of the votes") the sentence says which is which.
    if (stakes.length !== 1) return [];
    const [stake] = stakes;
    const claim = claims[0];
    // "Private investors hold 38% of the company, leaving the state with majority control": the claim is to what the
    // stake leaves, 62%.
    if (isLeftOver(sentence, stake, { start: claim.index, end: claim.index + claim[0].length })) {
      if (stake.high !== undefined || stake.approx === "over" || 100 - stake.value > 50 || stake.value > 100) return [];
      return [{
        ruleId: majorityHolder.id,
        message: `“${claim[0]}” is what ${stake.text} leaves: ${formatPercent(Math.round((100 - stake.value) * 10) / 10)} is not more than half.`,
        start: stake.start,
        end: claim.index + claim[0].length,
      }];
    }
    if ((stake.high ?? stake.value) > 50 || stake.approx === "over") return [];
    return [{
      ruleId: majorityHolder.id,
      message: `“${claim[0]}”, but the stake given is ${formatPercent(Math.round(stake.value * 10) / 10)} (${stake.text}): not more than half.`,
      start: Math.min(claim.index, stake.start),
      end: Math.max(claim.index + claim[0].length, stake.end),
    }];
  },
};
