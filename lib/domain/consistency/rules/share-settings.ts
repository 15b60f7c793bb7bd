import type { Quantity } from "../numbers";

// The same measure for two bodies set side by side: "Of pupils at Oakfield, 78% passed, and 81% at Riverside",
// "Women made up 52% of the workforce at the bank and 49% at the insurer", "In Leeds, 88% of children were
// vaccinated, and in Bradford 79%", "92% of pupils passed, against 85% nationally". The whole was named in one
// setting (a place, body or group: "at Oakfield", "in Leeds"); a later share with no whole of its own but a setting of
// its own is the share of that other body's whole, not another part of the first.
//
// Not so when the first share's own words already put it somewhere ("Of the 1,000 patients at the hospital, 60% were
// seen in A&E and 45% at the clinic", "60% were treated at Oakfield and 45% at Riverside"): then the settings are
// where the parts of one whole are, one each.

// "at Oakfield", "among porters", "in the county", "at the Royal", "in Northern Ireland".
// ("78% of points on her first serve and 55% on her second": a whole told by which of a series it is on, "on" too, is
// named by the ordinal, past any owner.)
const ORDINAL = "(?:first|second|third|fourth|fifth|final|last|opening|closing)\\b";
const PLACE = `(?:in|at|among|across|on(?=\\s+(?:the|her|his|their|its)\\s+${ORDINAL}))\\s+((?:(?:her|his|their|its)\\s+(?=${ORDINAL}))?(?:the\\s+)?[\\p{L}’'&-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)*)`;
// ("at least", "in all", "among them", "in favour": no setting.)
const NO_SETTING = /^(?:least|most|all|total|them|those|these|it|whom|which|favou?r|full|part|first|last|random|effect|practice|turn|time|times|once)$/i;
// A setting that is another body by its very word: the country, the rest.
const ANOTHER_BODY = "(nationally|nationwide|countrywide|elsewhere|overall|on\\s+average)";
// ("49% of it at the insurer": the whole again, then the setting.)
const SETTING_AFTER = new RegExp(`^\\s+(?:of\\s+(?:it|them)\\s+)?(?:${PLACE}|${ANOTHER_BODY})\\b`, "iu");
const SETTING_BEFORE = new RegExp(`(?:,\\s*(?:and\\s+|while\\s+|but\\s+)?|\\s(?:and|but|while)\\s+)${PLACE}\\s*,?\\s*(?:(?:some|about|around|nearly|almost|just|only)\\s+)?$`, "iu");
// The whole named with its setting: "of the workforce at the bank", "in the county" (the whole a place itself).
const WHOLE_WITH_SETTING = new RegExp(`^\\s+(?:of\\s+(?:(?:the|its|their|all)\\s+)?(?:[\\d,]+\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?\\s+)?${PLACE}`, "iu");
// Before the first share: "In Leeds, 88% …", "Of pupils at Oakfield, 78% …", "Among nurses, 82% …".
const OPENING = new RegExp(`^\\s*(?:(?:of|among)\\s+(?:(?:the|its|their|all)\\s+)?(?:[\\d,]+\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?\\s+(?:\\p{Ll}+ed\\s+)?)?${PLACE}\\s*(?:,|(?=\\s+(?:(?:some|about|around|nearly|almost|just|only)\\s+)?\\d))`, "iu");
// A setting among the first share's own words: "were seen in A&E", "work locally".
const OWN_WORDS_SETTING = new RegExp(`\\b(?:${PLACE}|(locally|regionally|domestically|internationally|abroad|overseas))`, "giu");

function plain(setting: string | undefined): string | null {
  const words = setting?.toLowerCase().replace(/^the\s+/, "");
  return words && !NO_SETTING.test(words) ? words : null;
}

/** The setting the sentence opens on, before `first`: "In Leeds," gives "leeds". */
export function openingSetting(sentence: string, first: Quantity | undefined): string | null {
  return first ? plain(OPENING.exec(sentence.slice(0, first.start))?.[1]) : null;
}

/** The setting a share's own whole is named in: "52% of the workforce at the bank" gives "bank". */
export function settingOfWhole(sentence: string, share: Quantity): string | null {
  return plain(WHOLE_WITH_SETTING.exec(sentence.slice(share.end, share.end + 60))?.[1]);
}

/**
 * The other body a share is of, when it has no whole of its own (see above): its own setting, unlike the one its
 * whole was named in, or a word such as "nationally"; null when it is a part of the whole after all. `previous` is
 * the share before it of that whole.
 */
export function otherBody(sentence: string, share: Quantity, previous: Quantity | null, wholeSetting: string | null): string | null {
  const gap = previous ? sentence.slice(previous.end, share.start) : "";
  const before = SETTING_BEFORE.exec(gap);
  const after = SETTING_AFTER.exec(sentence.slice(share.end, share.end + 40));
  const own = plain(before?.[1] ?? after?.[1]) ?? (after?.[2] ? after[2].toLowerCase() : null);
  if (!own || own === wholeSetting) return null;
  if (!after?.[2] && !wholeSetting) return null;
  // ("… 60% were seen in A&E and 45% at the clinic": the first share's own words name a setting, which the next one's
  // is set against.)
  const ownWords = gap.slice(0, before ? before.index : gap.length);
  const wholeWords = previous ? WHOLE_WITH_SETTING.exec(ownWords)?.[0].length ?? 0 : 0;
  const settings = [...ownWords.slice(wholeWords).matchAll(OWN_WORDS_SETTING)].filter((match) => match[2] || plain(match[1]));
  return settings.length === 0 ? own : null;
}

// "while 85% did so at schools in Essex", "as did 81% at Riverside", "and 74% had too": the words said of a share
// before are said again of this one, so it is that share's measure for another body, not another part beside it.
const PRO_VERB_AFTER = /^\s+(?:of\s+(?:them|those|it)\s+)?(?:did|do|does|had|have|has|were|was|are|is|would|will|could)\s+(?:so|too|likewise|the\s+same|as\s+well)\b/i;
const PRO_VERB_BEFORE = /\b(?:as|so)\s+(?:did|do|does|had|have|has|were|was|are|is|would|will|could)\s+(?:(?:some|about|around|nearly|almost|just|only)\s+)?$/i;

export function saysTheSameAgain(sentence: string, share: Quantity): boolean {
  return PRO_VERB_AFTER.test(sentence.slice(share.end, share.end + 40)) || PRO_VERB_BEFORE.test(sentence.slice(Math.max(0, share.start - 20), share.start));
}
