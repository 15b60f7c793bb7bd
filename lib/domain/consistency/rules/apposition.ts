import type { Quantity } from "../numbers";

// Between two numbers that state the same thing: "A third of the voters, 45%",
// "€1.2 billion (1,200 million euros)", "£45m – 4.5 million pounds", "1,500,000
// visitors, or 15 million", "$700m, that is $7bn". A few words may come first
// ("of the voters", "of the 900 tenants", "passengers"), then a bracket, comma or dash, then at most
// "or", "that is" or an approximation ("850 million dollars, or close to $8.5bn"). ", and", a verb or a new
// subject breaks it. A unit may be glued to its number ("6km (60,000 metres)", "300kg of heroin — three tonnes").
const APPOSITION =
  /^(?:(?:[\s-]*[\p{L}’'-]+)?\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\d[\d,]*\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?|(?:[\s-]*[\p{L}’'-]+(?:[\s-]+[\p{L}’'-]+)?)?)\s*\)?\s*(?:\(|,|[–—]|\s-\s)\s*(?:(?:or|that is|i\.e\.|equivalent to|the equivalent of|meaning|worth|valued at)\s+)?(?:(?:some|about|around|roughly|nearly|almost|just|approximately|over|more than|under|less than|only|a clear|a slim|just over|just under|between|close to)\s+)*$/iu;
// A fraction and the percentage it is restated as (fraction-mismatch only): the words between may be a noun
// with up to two phrases after it ("adults in the district", "of the country’s
// exports"); a second figure may come as "a 35% stake".
// ("half the public vote, 55%": "the" may open the noun as "of the" would; "of A&E patients": "&" joins a name;
// "one in five homes sold last month, 40%": a time told after the noun is no new subject.)
const SHARE_APPOSITION =
  /^(?:\s+(?:the|its|their))?(?:[\s-]*[\p{L}’'&-]+){0,2}(?:\s+(?:of|in|on|at|across|from|among|through|into|to|for|with|within|under|over)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\d[\d,]*\s+)?[\p{L}’'&-]+(?:\s+[\p{L}’'-]+){0,3}){0,2}(?:\s+(?:last|this|that)\s+(?:week|month|year|quarter|season|spring|summer|autumn|winter|term))?\s*\)?\s*(?:\(|,|[–—]|\s-\s)\s*(?:(?:or|that is|i\.e\.|equivalent to|the equivalent of|meaning|worth|valued at)\s+)?(?:(?:some|about|around|roughly|nearly|almost|just|approximately|over|more than|under|less than|only|a clear|a slim|just over|just under|between|fewer than|well over|well under|a|an)\s+)*$/iu;
const SEPARATORS = /[(,–—-]/;

/** Whether `second` restates `first` in apposition (see APPOSITION). */
export function isApposition(sentence: string, first: Quantity, second: Quantity): boolean {
  if (second.start < first.end) return false;
  const between = sentence.slice(first.end, second.start);
  return between.length <= 60 && SEPARATORS.test(between) && APPOSITION.test(between);
}

/** The looser form for a fraction and its percentage: "One in four adults in the district, some 40%", "a fifth, a 35% stake". */
export function isShareApposition(sentence: string, first: Quantity, second: Quantity): boolean {
  if (second.start < first.end) return false;
  const between = sentence.slice(first.end, second.start);
  // ("60 per cent of its income from the state, a quarter from donors": the second told of with the first's
  // preposition again is the next part of a list, not the first put again.)
  const preposition = /^\s+(on|for|to|from|into)\s/i.exec(sentence.slice(second.end, second.end + 8))?.[1];
  if (preposition && new RegExp(`\\b${preposition}\\b`, "i").test(between)) return false;
  return between.length <= 60 && SEPARATORS.test(between) && SHARE_APPOSITION.test(between);
}
