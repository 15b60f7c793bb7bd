import type { Quantity } from "../numbers";
import type { Finding } from "../rule";

// A vote tally against the members who cast it: "All 15 members of the committee were present and voted eight to six,
// with no abstentions" (14 votes from 15 members), "All 350 deputies cast a ballot, and the motion passed by 210 votes
// to 190" (400 from 350). Every member is counted ("all", and they were there or voted), so the votes for, against and
// abstaining cannot come to more than the members; and when no one abstained or the abstentions are told, not to
// fewer either. ("… passed nine to five" with no word of abstentions may leave one out: only too many is flagged.)

// "All 15 members", "all twelve jurors": a count of every member.
const ALL_BEFORE = /\ball\s+(?:(?:the|its|their|of\s+the)\s+)?$/i;
// "among the 530 members present", "of the 48 councillors voting": a count of every member there, wherever the tally
// stands; an abstention is counted among them too.
const AMONG_BEFORE = /\b(?:among|of)\s+(?:the|its|their)\s+$/i;
const PRESENT_AFTER = /^\s+(?:[\p{L}’'-]+\s+){0,2}?(?:present|voting)\b/iu;
const VOTED = /\b(?:present|sat|voted|voting|vote|cast\s+(?:a|their|his|her)\s+(?:ballot|vote)s?|took\s+part)\b/i;
// "voted eight to six", "by 210 votes to 190", "passed 9 to 5", "a vote of 11 to 3".
const TALLY_BEFORE = /\b(?:voted|votes?|vote\s+of|ruled|split|passed|approved|carried|rejected|defeated|backed|endorsed|by|of)\s+(?:by\s+)?(?:a\s+margin\s+of\s+)?$/i;
const TALLY_BETWEEN = /^\s+(?:votes?\s+)?to\s+$/i;
// "with no abstentions", "none abstained", "with two abstentions", "and one abstaining".
const NO_ABSTENTION = /\b(?:no\s+abstentions?|none\s+abstain(?:ed|ing)|nobody\s+abstained|no\s+one\s+abstained|without\s+(?:any\s+)?abstentions?|unanimous\w*)\b/i;
const ABSTENTIONS_AFTER = /^\s+(?:abstentions?|abstain(?:ed|ing)|members?\s+abstain(?:ed|ing)|spoiled|blank)\b/i;

/** The finding when a tally after "All N …" does not fit N, else null. `quantities` are the sentence's figures in order. */
export function voteTallyFinding(sentence: string, quantities: readonly Quantity[], ruleId: string): Finding | null {
  const isCount = (q: Quantity) => !q.isPercent && !q.isYear && !q.isFraction && q.currency === null;
  const allAt = quantities.findIndex((q) => isCount(q) && ALL_BEFORE.test(sentence.slice(Math.max(0, q.start - 12), q.start)));
  const presentAt = quantities.findIndex((q) => isCount(q) && AMONG_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start)) && PRESENT_AFTER.test(sentence.slice(q.end, q.end + 30)));
  const isAll = allAt >= 0 && VOTED.test(sentence.slice(quantities[allAt].end));
  if (!isAll && presentAt < 0) return null;
  const members = quantities[isAll ? allAt : presentAt];
  // (The members present may be told after the tally: "passed by 312 votes to 208 … among the 530 members present".)
  const rest = isAll ? quantities.slice(allAt + 1) : quantities.filter((q) => q !== members);
  const tallyAt = rest.findIndex((q, i) => isCount(q) && rest[i + 1] !== undefined && isCount(rest[i + 1]) && TALLY_BETWEEN.test(sentence.slice(q.end, rest[i + 1].start)) && TALLY_BEFORE.test(sentence.slice(Math.max(0, q.start - 24), q.start)));
  if (tallyAt < 0) return null;
  const [yes, no] = [rest[tallyAt], rest[tallyAt + 1]];
  const abstaining = rest.slice(tallyAt + 2).filter((q) => isCount(q) && ABSTENTIONS_AFTER.test(sentence.slice(q.end, q.end + 30)));
  const abstentions = abstaining.reduce((sum, q) => sum + q.value, 0);
  const votes = yes.value + no.value + abstentions;
  const isComplete = abstaining.length > 0 || NO_ABSTENTION.test(sentence.slice(no.end));
  if (votes === members.value || (votes < members.value && !isComplete)) return null;
  const told = [yes, no, ...abstaining].map((q) => q.text.trim()).join(" + ");
  return {
    ruleId,
    message: `${isAll ? `All ${members.text.trim()} voted` : `${members.text.trim()} were present`}, but the tally comes to ${votes} (${told}${abstaining.length === 0 && isComplete ? ", no abstentions" : ""}).`,
    start: Math.min(members.start, yes.start),
    end: Math.max(members.end, no.end, ...abstaining.map((q) => q.end)),
  };
}
