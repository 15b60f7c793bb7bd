import { findPercentages, findQuantities, type Quantity } from "../numbers";
import { formatPercent, type ConsistencyRule, type Finding } from "../rule";
import { partsOfWholes } from "./part-of-whole";
import { countShareForWord, isHoldingReached, isLeftOver, isSubsetToldOf, shareForWord, viewHeldBy } from "./share-of-word";
import { isShareOfAWhole, namesARole } from "./share-context";

// "Most of those who left, 40% of the total": each names its whole after "of the"; "of its shares" refers back.
// ("most of the miner's earnings, at 41% of underlying profit": a possessive and a word of accounting come before the
// noun, which is what is compared.)
const MEASURE_WORDS = String.raw`(?:[\p{L}-]+[’']s\s+)?(?:(?:underlying|adjusted|operating|pre-tax|core|net|gross|reported|annual|quarterly)\s+)*`;
const WHOLE_AFTER = new RegExp(String.raw`^\s+of\s+(?:the|those|all)\s+${MEASURE_WORDS}([\p{L}’'-]+)`, "iu");
const CHANGE_NOUN = /^(?:rise|rises|increase|increases|fall|falls|drop|decline|growth|gain|gains|loss|losses|jump|cut|cuts|rally|slump|surge|recovery|improvement|reduction)$/i;
// "…, fewer than 10% of trains": a share's own whole may have no article.
// ("of it", "of its shares" refer back: no other whole.)
// ("42 per cent of the 3,100 on the network": a whole given as a count names no noun here; the article is none.)
const SHARE_WHOLE_AFTER = new RegExp(String.raw`^\s+of\s+(?!(?:it|its|them|their|his|her|our|whom|which)\b)(?:(?:the|those|all)\s+)?(?!(?:the|those|all)\s)${MEASURE_WORDS}([\p{L}’'-]+)`, "iu");
// Earnings are profit, sales are revenue: one whole named in two words.
const SAME_MEASURE: Record<string, string> = { earning: "profit", profit: "profit", revenue: "revenue", sale: "revenue", turnover: "revenue" };

function measureOf(noun: string): string {
  const singular = noun.toLowerCase().replace(/(?<=\p{L}{3})s$/u, "");
  return SAME_MEASURE[singular] ?? singular;
}
// "the bulk of" is the greater part, as "most" is.
const MAJORITY = /\b(?:majority|most)\b|(?<=\bthe\s+)bulk(?=\s+of\b)/gi;
// "not a majority", "short of a majority", "lost its majority": no claim of one.
// ("leaving no party with a majority": no one holds one.)
const DENIED = /\b(?:not|no|short of|less than|fewer than|without|lacks?|lacking|lost|loses|losing|never)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+)?$|\bno\s+(?:\w+\s+){1,2}(?:with|has|had|holds|held|won|wins)\s+(?:an?\s+|the\s+|its\s+|their\s+|overall\s+|outright\s+)*$/i;
// "at most 40%", "the most": a limit or a superlative, not a share of a whole.
const OF_GROUP = /^\s+of\s+(?:the|those|these|its|their)\s+$/i;
// ("the third most common cause", "its second-most profitable unit": an ordinal before "most" makes it a superlative.)
const NOT_A_SHARE_OF_MOST = /\b(?:at|the|very|is|are|was|were)\s+$|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[\s-]+$/i;
// "a majority of 80 seats", "a majority of 120": a margin in votes or seats, not a share.
// (A decimal is read whole: "a majority of 49.5%" is a share.)
// ("a majority of 19 of the 45 seats" is the count held.)
// (Read whole: "2,000 of the 5,000" is not a margin of "2".)
const MARGIN = /^\s+of\s+(?:just\s+|only\s+|some\s+|about\s+|more than\s+)?\d[\d,]*(?:\.\d+)?(?![\d.]|,\d|\s*(?:%|per\s?cent|percent|pc\b)|\s+(?:out\s+)?of\s)(?:\s+(?:seats|votes|MPs))?\b/i;

export const majorityUnderHalf: ConsistencyRule = {
  id: "majority-under-half",
  description: "A majority, or “most”, is more than half: a share of 50% or less contradicts it.",
  check(sentence) {
    // Every finding needs a majority word ("supermajority" included): reading the shares of a sentence without one is waste.
    if (!/majority|\bmost\b|\bbulk\b/i.test(sentence)) return [];
    const findings: Finding[] = [];
    const shares = findPercentages(sentence).filter((share) => isShareOfAWhole(sentence, share) || isHoldingReached(sentence, share));
    MAJORITY.lastIndex = 0;
    for (let match = MAJORITY.exec(sentence); match; match = MAJORITY.exec(sentence)) {
      const isBulk = match[0].toLowerCase() === "bulk";
      const isMost = match[0].toLowerCase() === "most" || isBulk;
      const before = sentence.slice(Math.max(0, match.index - 30), match.index);
      if (DENIED.test(before) || (isMost && !isBulk && NOT_A_SHARE_OF_MOST.test(before))) continue;
      // "Most recently, …", "most importantly", "most of the time": an adverb, not a share.
      if (isMost && /^\s+(?:[\p{L}]+ly\b|of\s+the\s+(?:time|way|day|year|week|season)\b)/iu.test(sentence.slice(match.index + 4, match.index + 30))) continue;
      const word = { start: match.index, end: match.index + match[0].length };
      const heldView = isMost ? null : viewHeldBy(sentence, findPercentages(sentence), word);
      if (!isMost && !heldView && namesARole(sentence, word.end, word.start)) continue;
      if (!isMost && MARGIN.test(sentence.slice(word.end, word.end + 40))) {
        const slim = slimMarginOfBody(sentence, word);
        if (slim) findings.push(slim);
        continue;
      }
      const counted = heldView ? null : (countShareForWord(sentence, findQuantities(sentence), word) ?? (isMost ? null : seatsInBody(sentence, word)));
      // ("a majority in the chamber …, with 43 of the 81 divisions": the count given for the word is its size; a
      // share elsewhere in the sentence is of something else.)
      if (counted && counted.share > 50) continue;
      if (counted && counted.share <= 50) {
        findings.push({
          ruleId: majorityUnderHalf.id,
          message: `“${label(match[0])}”, but that is ${formatPercent(Math.round(counted.share))}: not more than half.`,
          start: Math.min(word.start, counted.start),
          end: Math.max(word.end, counted.end),
        });
        continue;
      }
      // "Reform's 38 per cent share of the vote gave it a majority in the county chamber": a majority in a body is of
      // seats, which are won on fewer votes ("a majority of the vote" is still of the vote).
      const inBody = !isMost && SEATS_AFTER.test(sentence.slice(word.end, word.end + 60));
      const wordShares = inBody ? shares.filter((q) => !SHARE_OF_VOTE.test(sentence.slice(q.end, q.end + 30))) : shares;
      const found = heldView ?? shareForWord(sentence, wordShares, word, isMost ? 2 : 4) ?? (isMost ? null : shareLeadingTo(sentence, findPercentages(sentence), word.start));
      const share = found && jointShare(sentence, wordShares, found, word);
      // "gave the pension fund a 49% stake, leaving the council with the majority": what is left, 51%, is the majority.
      if (share && isLeftOver(sentence, share, word)) {
        if (share.high !== undefined || share.approx === "over" || 100 - share.value > 50 || share.value > 100) continue;
        findings.push({
          ruleId: majorityUnderHalf.id,
          message: `“${label(match[0])}” is what ${formatPercent(share.value)} leaves: ${formatPercent(Math.round((100 - share.value) * 10) / 10)} is not more than half.`,
          start: share.start,
          end: word.end,
        });
        continue;
      }
      // A range reaching past half ("45-55%") may be a majority.
      // "more than 40%" may be a majority; "just over a third" is not.
      if (!share || (share.high ?? share.value) > 50 || (share.approx === "over" && !isJustOver(sentence, share.start, share.value))) continue;
      // "Most of those who left, 40% of the total": the share is of another whole than the word.
      const wordWhole = WHOLE_AFTER.exec(sentence.slice(word.end, word.end + 30))?.[1];
      // ("45% of members (a majority of those voting)": a word of "those …" names its own whole, wherever the share is.)
      const ofThose = /^\s+of\s+those\b/i.test(sentence.slice(word.end, word.end + 12));
      const shareWhole = share.start > word.end || ofThose ? SHARE_WHOLE_AFTER.exec(sentence.slice(share.end, share.end + 30))?.[1] : undefined;
      if (wordWhole && shareWhole && measureOf(wordWhole) !== measureOf(shareWhole)) continue;
      // "Most of the rise, about 2%,": the figure is the size of the change, not a share of it ("40% of it" still is).
      if (wordWhole && CHANGE_NOUN.test(wordWhole) && !/^\s+of\b/i.test(sentence.slice(share.end, share.end + 6))) continue;
      // "The club owns 51% and the council 49%, making the club the majority shareholder": the word names a holder,
      // and the sentence gives another holding past half that may be its own ("a minority stake of 15% in 2019 …
      // majority control in 2022 by raising it to 60%": so does a word of ownership).
      // ("… through its 34 per cent holding, with the remaining 66 per cent owned by a Gulf consortium": what remains is
      // the rest, another's, never the word's own.)
      if (!isMost && HOLDER_AFTER.test(sentence.slice(word.end, word.end + 20)) && shares.some((other) => other !== share && other.value > 50 && other.value <= 100 && !REST_BEFORE.test(sentence.slice(Math.max(0, other.start - 20), other.start)))) continue;
      // "a majority of the 40% who voted": most of that group, which is fine.
      if (share.start > word.end && OF_GROUP.test(sentence.slice(word.end, share.start))) continue;
      // ("Most of the jobs created since 2010, 40% of them part-time,": a part told of further is a subset of the whole.)
      if (share.start > word.end && isSubsetToldOf(sentence, share)) continue;
      findings.push({
        ruleId: majorityUnderHalf.id,
        message: `“${label(match[0])}” with ${formatPercent(share.value)}: ${formatPercent(share.value)} is not a majority (more than half).`,
        start: Math.min(word.start, share.start),
        end: Math.max(word.end, share.end),
      });
    }
    findings.push(...qualifiedMajorityShort(sentence));
    return findings;
  },
};

// "The coalition's two-thirds supermajority rests on 280 of the 450 deputies": a majority named by the fraction it
// must reach ("a two-thirds majority", "a three-fifths supermajority") and, in the same clause, the count of a count
// or the share it holds, 62%: short of that fraction. Not one needed or sought ("needs a two-thirds majority",
// "short of the three-fifths supermajority"), and not a share of the vote (seats may be won on fewer votes).
const QUALIFIED = /\b(two|three|four|five|six|seven|nine)[- ](thirds|quarters|fifths|sevenths|tenths)[- ]+((?:super-?)?majority)\b/gi;
const QUALIFIED_PARTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, nine: 9, thirds: 3, quarters: 4, fifths: 5, sevenths: 7, tenths: 10 };
const NOT_HELD = /\b(?:not|no|short|shy|needs?|needed|needing|requires?|required|requiring|would|could|to\s+(?:reach|win|secure|get|pass|muster|override|amend)|seeks?|seeking|wants?|without|lacks?|lacking|lost|loses|losing|never|fell|falls|failed)\b/i;

function qualifiedMajorityShort(sentence: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(QUALIFIED)) {
    const threshold = (100 * QUALIFIED_PARTS[match[1].toLowerCase()]) / QUALIFIED_PARTS[match[2].toLowerCase()];
    if (threshold <= 50 || threshold >= 100) continue;
    const end = match.index + match[0].length;
    const clauseBefore = sentence.slice(0, match.index).split(/[;,]|\bbut\b/).pop() ?? "";
    if (NOT_HELD.test(clauseBefore)) continue;
    const quantities = findQuantities(sentence);
    const pair = partsOfWholes(sentence, quantities).find((p) => p.start >= end && p.start - end < 60);
    const shares = findPercentages(sentence).filter((q) => q.start >= end && q.start - end < 60 && isShareOfAWhole(sentence, q) && !/^\s+of\s+(?:the\s+)?(?:popular\s+)?(?:vote|votes|ballots?)\b/i.test(sentence.slice(q.end, q.end + 25)));
    const held = pair ? { share: pair.share, start: pair.start, end: pair.end, exact: pair.part.approx === "exact" } : shares[0] ? { share: shares[0].high ?? shares[0].value, start: shares[0].start, end: shares[0].end, exact: shares[0].approx === "exact" } : null;
    if (!held || !held.exact) continue;
    const between = sentence.slice(end, held.start);
    if (/[;:]|\.\s|\bbut\b|\b(?:and|while|although|though|despite|against)\b/i.test(between) || NOT_HELD.test(between)) continue;
    if (held.share >= threshold - 1) continue;
    findings.push({
      ruleId: majorityUnderHalf.id,
      message: `A ${match[1].toLowerCase()}-${match[2].toLowerCase()} ${match[3].toLowerCase()} is ${formatPercent(Math.round(threshold * 10) / 10)} or more, but that is ${formatPercent(Math.round(held.share * 10) / 10)}.`,
      start: match.index,
      end: held.end,
    });
  }
  return findings;
}

// "The two main shareholders, with 35% and 20%, together control a majority": shares listed side by side and said to
// hold the word jointly ("together", "combined", "between them", "jointly") hold it as their sum, 55%.
const SHARE_LIST_JOIN = /^\s*(?:,|,?\s+and|,?\s+plus)\s+(?:(?:just|only|some|about|around|nearly|almost)\s+)?$/i;
const JOINTLY = /\b(?:together|combined|jointly|between\s+them)\b/i;

// "owns 46% directly and, with the 9% held by its foundation, keeps majority control": a share added to the one found
// ("with", "plus", "together with", "counting"), between it and the word, is held with it.
const ADDED_BEFORE = /\b(?:with|plus|together\s+with|along\s+with|counting|including|added\s+to)\s+(?:(?:the|a|another|a\s+further|an\s+extra)\s+)?(?:[\p{L}-]+[’']s?\s+)?$/iu;

function jointShare(sentence: string, shares: readonly Quantity[], share: Quantity, word: { start: number; end: number }): Quantity {
  // ("holds 40% of the seats and, with the Greens' 8%, commands a majority": the share found may be the one added.)
  const previous = shares[shares.indexOf(share) - 1];
  const isAdded = (q: Quantity) => ADDED_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start));
  if (previous && share.end <= word.start && isAdded(share) && !isAdded(previous)) share = previous;
  const [from, to] = share.end <= word.start ? [share.end, word.start] : [word.end, share.start];
  const added = shares.filter((q) => q !== share && q.start >= from && q.end <= to && isAdded(q));
  if (added.length > 0 && !/[;.]\s|\bbut\b/.test(sentence.slice(from, to))) {
    const sum = added.reduce((total, q) => total + q.value, share.value);
    return { ...share, value: sum, start: Math.min(share.start, ...added.map((q) => q.start)), end: Math.max(share.end, ...added.map((q) => q.end)), text: [share, ...added].map((q) => q.text.trim()).join(" + "), high: undefined, approx: added.some((q) => q.approx === "over") ? "over" : share.approx };
  }
  let i = shares.indexOf(share);
  let j = i;
  while (i > 0 && SHARE_LIST_JOIN.test(sentence.slice(shares[i - 1].end, shares[i].start))) i--;
  while (j >= 0 && j + 1 < shares.length && SHARE_LIST_JOIN.test(sentence.slice(shares[j].end, shares[j + 1].start))) j++;
  if (i < 0 || j <= i) return share;
  const [first, last] = [shares[i], shares[j]];
  // ("Between them the founders, on 30% and 25%, hold a majority": the word for it may open the clause.)
  const said = last.end <= word.start ? sentence.slice(Math.max(0, first.start - 40), word.end).replace(/^.*[;.]\s/, "") : sentence.slice(word.start, last.end + 30);
  if (!JOINTLY.test(said) || /[;.]\s|\bbut\b/.test(said)) return share;
  const listed = shares.slice(i, j + 1);
  const sum = listed.reduce((total, q) => total + q.value, 0);
  return { ...share, value: sum, start: first.start, end: last.end, text: listed.map((q) => q.text.trim()).join(" + "), high: undefined, approx: listed.some((q) => q.approx === "over") ? "over" : share.approx };
}

const SEATS_AFTER = /^\s+(?:(?:in|on)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:chamber|council|parliament|assembly|house|senate|legislature|congress|commons|cabinet)|of\s+(?:the\s+)?seats)\b/iu;
const SHARE_OF_VOTE = /^\s+(?:share\s+)?of\s+(?:the\s+|all\s+)?(?:popular\s+|national\s+|total\s+)?(?:vote|votes|ballots?)\b/i;

function label(word: string): string {
  const lower = word.toLowerCase();
  return lower === "most" ? "Most" : lower === "bulk" ? "The bulk of" : "Majority";
}

const REST_BEFORE = /\b(?:the\s+)?(?:remaining|other|rest\s+of\s+the|balance\s+of\s+the)\s+(?:(?:some|about|around|roughly|nearly|almost)\s+)?$/i;
const HOLDER_AFTER = /^[\s-]+(?:shareholder|owner|stakeholder|holder|partner|investor|ownership|stake|holding|control|interest)s?\b/i;

// "a slim majority of 49 seats in the 100-member chamber": read as seats held, 49 of 100 is not more than half;
// read as a margin over the rest, 49 seats of 100 is no slim one (a margin of over a quarter of the body, 62.5% to
// 37.5% at the least, is not slim; "a slim majority of 12 seats in the 100-member chamber" may be).
// The body's size is a count joined to "member", "seat" or "strong" ("the 100-member Senate", "a 45-seat council").
const SLIM_MARGIN = /\b(slim|narrow|bare|slender|(?:wafer-|razor-)?thin)\s+$/i;
const MARGIN_COUNT = /^\s+of\s+(?:just\s+|only\s+)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:seats|votes|members|MPs|councillors|senators)\b/i;

function slimMarginOfBody(sentence: string, word: { start: number; end: number }): Finding | null {
  const slim = SLIM_MARGIN.exec(sentence.slice(Math.max(0, word.start - 20), word.start));
  if (!slim) return null;
  const margin = MARGIN_COUNT.exec(sentence.slice(word.end, word.end + 40));
  if (!margin) return null;
  const quantities = findQuantities(sentence);
  const held = quantities.find((q) => q.start >= word.end && q.start <= word.end + margin[0].length && !q.isPercent);
  const body = quantities.filter((q) => q !== held && !q.isPercent && !q.isYear && sentence[q.end] === "-" && /^(?:member|seat|strong)$/.test(q.unit));
  if (!held || body.length !== 1) return null;
  const size = body[0].value;
  if (held.value > size / 2 || held.value <= size / 4) return null;
  return {
    ruleId: majorityUnderHalf.id,
    message: `A ${slim[1].toLowerCase()} majority${margin[0]} in a body of ${body[0].text.trim()}: as seats held that is not more than half, and as a margin it is not ${slim[1].toLowerCase()}.`,
    start: word.start,
    end: Math.max(held.end, body[0].end),
  };
}

// "The Greens hold a slim majority on the 61-seat city council after winning 29 seats in May": a majority held (not
// "a majority of …") in a body whose size is given ("the 61-seat council", "the 100-member chamber"), and the seats
// the holder won or holds, 29: half or less of the body. Only one body and one such count; the count won or held
// ("winning 29 seats", "with 29 seats"), not gained ("29 more seats", "gaining 29 seats"); and no partners to share
// the majority with ("in coalition with", "together", "with the support of", "with two independents"; independents who
// hold it themselves, "Independent candidates took control …", share it with no one).
const SEATS_HELD_BEFORE = /\b(?:winning|won|wins|holding|holds|held|has|have|had|with|taking|took|securing|secured|on)\s+(?:(?:just|only|some)\s+)?$/i;
const SEATS_UNIT = /^(?:seats|councillors|MPs|members|senators|deputies|representatives|places)$/i;
const SHARED_WITH = /\b(?:coalition|alliance|pact|partners?|allies|together|combined|between\s+them|jointly|alongside|support\s+of|backing\s+of|backed\s+by|propped\s+up|confidence)\b|\b(?:with|of|by|from|and|plus)\s+(?:[\p{L}-]+\s+){0,2}independents?\b/iu;

function seatsInBody(sentence: string, word: { start: number; end: number }): { share: number; start: number; end: number } | null {
  if (/^\s+of\b/i.test(sentence.slice(word.end, word.end + 5)) || SHARED_WITH.test(sentence)) return null;
  const quantities = findQuantities(sentence).filter((q) => !q.isPercent && !q.isYear && q.currency === null);
  const bodies = quantities.filter((q) => sentence[q.end] === "-" && /^(?:member|seat|strong)$/.test(q.unit));
  const isHeld = (q: Quantity, unit: RegExp) => !bodies.includes(q) && unit.test(q.unit) && SEATS_HELD_BEFORE.test(sentence.slice(Math.max(0, q.start - 20), q.start)) && !/^\s+\S+\s+(?:more|extra|additional|fewer|of)\b/i.test(sentence.slice(q.end, q.end + 20));
  if (bodies.length !== 1 || bodies[0].value <= 0) return null;
  // "secured a majority on the 52-member council, winning 24 votes": in a body of members each casts one vote, so the
  // votes won there are the members won over (more votes than members, "24,000 votes", were cast by an electorate, and
  // are dropped below as more than the body).
  const seatsHeld = quantities.filter((q) => isHeld(q, SEATS_UNIT));
  const seats = seatsHeld.length > 0 || bodies[0].unit !== "member" ? seatsHeld : quantities.filter((q) => isHeld(q, /^votes$/i));
  if (seats.length !== 1) return null;
  const [body, held] = [bodies[0], seats[0]];
  if (held.value > body.value || /[;]|\bbut\b/.test(sentence.slice(Math.min(word.start, held.start), Math.max(word.end, held.end)))) return null;
  return { share: (100 * held.value) / body.value, start: Math.min(body.start, held.start), end: Math.max(body.end, held.end) };
}

// "just over", "slightly more than", "a little above": a tenth more at most.
const JUST_OVER = /\b(?:just|slightly|a little|marginally|fractionally)\s+(?:over|above|more than)\s+$/i;

function isJustOver(sentence: string, start: number, value: number): boolean {
  return JUST_OVER.test(sentence.slice(Math.max(0, start - 24), start)) && value * 1.1 <= 50;
}

// "Backed by 41 per cent of MPs, the bill passed with majority support": a share in the phrase that opens the
// sentence ("by" there is the agent, not a change)
// sentence is the size of what the clause then calls a majority. Not a share of the vote: a majority of seats
// may be won on less than half of it.
const LEADING_SHARE = /^\s*(?:backed|supported|approved|endorsed|opposed)\s+by\s+(?:(?:just|only|some|about|around|nearly)\s+)?$/i;

function shareLeadingTo(sentence: string, shares: readonly Quantity[], wordStart: number): Quantity | null {
  const share = shares.find((q) => q.end < wordStart && LEADING_SHARE.test(sentence.slice(0, q.start)));
  if (!share || /\bof\s+(?:the\s+)?(?:popular\s+)?votes?\b/i.test(sentence.slice(share.end, share.end + 20))) return null;
  const between = sentence.slice(share.end, wordStart);
  return between.length < 90 && /,/.test(between) && !/;|\bbut\b|\bwhile\b/.test(between) ? share : null;
}
