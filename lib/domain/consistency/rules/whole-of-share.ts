// The whole a share is taken of, read by magnitude-mismatch and unit-restatement alike: in "the bulk of the
// satellite's 3.5-tonne mass, some 2.2 tonnes" the second figure is a part of the first, not the first said again.
// (Its own file so that both rules read one list of the words that take a part.)

// "40% of the 2,000 employees – 800 people": the whole of a share, then its part.
// ("Half the 1,200 flats, 600 in all": "half the" needs no "of".)
// ("The bulk of the lender's £41bn loan book, some £29bn": "the bulk of", "the lion's share of" name a part too.)
const WHOLE_OF_SHARE = /(?:(?:%|\bper\s?cent|\bhalf|thirds?|quarters?|fifths?|tenths?|\bmost|\bmajority|\bminority|\bbulk|\blion[’']s\s+share|\b(?:in|out of)\s+[\p{L}\d]+)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?|\bhalf\s+(?:the|its|their)\s+)(?:[\p{L}’'-]+[’']s\s+)?$/iu;

/** Whether the figure starting at `whole.start` is the whole of a share named just before it ("40% of the 2,000"). */
export function isWholeOfShare(sentence: string, whole: { start: number }): boolean {
  return WHOLE_OF_SHARE.test(sentence.slice(Math.max(0, whole.start - 30), whole.start));
}
