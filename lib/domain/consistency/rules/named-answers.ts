import type { Quantity } from "../numbers";

// (A part of shares-over-100 in a file of its own: this reads one kind of open question whose answers may overlap.)
//
// "Asked what they would cut first, 61% of shoppers said takeaways, 47% clothes and 39% subscriptions": an open "what"
// or "which" question answered by naming things, each share a plain noun, lets a respondent name several, so the
// shares may overlap. Not so when the sentence says one answer each ("only one", "their main worry") or the answers
// are names ("said Labour, 38% the Tories": a vote), a yes or no, or a way things went ("higher", "the same").
const OPEN_QUESTION = /^\s*(?:when\s+)?asked\s+(?:what|which)\b/i;
const ONE_ANSWER = /\b(?:only\s+one|just\s+one|one\s+answer|one\s+choice|single|sole|chiefly|main|biggest|greatest|top)\b/i;
const NAMING = /^\s+(?:of\s+(?:the\s+)?(?:[\d,]+\s+)?[\p{L}’'-]+\s+)?(?:said|cited|named|mentioned|listed|chose|picked)\s+(?=\p{Ll})/u;
// A thing named alone, one or two words to the end of its item: "takeaways", "social media", "gym memberships".
const THING = /^\s+(?!(?:the|a|an|their|they|it|its|them|that|yes|no|none|nothing|more|less|fewer|higher|lower|same|unchanged|better|worse)\b)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s*(?:[,;.]|\s(?:and|or)\s|$)/u;

export function areNamedThings(sentence: string, shares: readonly Quantity[]): boolean {
  if (shares.length < 2 || !OPEN_QUESTION.test(sentence) || ONE_ANSWER.test(sentence)) return false;
  return shares.every((share, i) => {
    let after = sentence.slice(share.end, share.end + 60);
    if (i === 0) {
      const verb = NAMING.exec(after);
      if (!verb) return false;
      after = ` ${after.slice(verb[0].length)}`;
    }
    return THING.test(after);
  });
}
