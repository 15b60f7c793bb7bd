import type { Quantity } from "../numbers";

// Between two numbers that state the same thing: "A third of the voters, 45%",
// "€1.2 billion (1,200 million euros)", "£45m – 4.5 million pounds", "1,500,000
// visitors, or 15 million", "$700m, that is $7bn". A few words may come first
// ("of the voters", "of the 900 tenants", "passengers"), then a bracket, comma or dash, then at most
// "or", "that is" or an approximation. ", and", a verb or a new subject breaks it. A unit may be
// glued to its number ("6km (60,000 metres)", "300kg of heroin — three tonnes").
const APPOSITION =
  /^(?:(?:[\s-]*[\p{L}’'-]+)?\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\d[\d,]*\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?|(?:[\s-]*[\p{L}’'-]+(?:[\s-]+[\p{L}’'-]+)?)?)\s*\)?\s*(?:\(|,|[–—]|\s-\s)\s*(?:(?:or|that is|i\.e\.|equivalent to|the equivalent of|meaning|worth|valued at)\s+)?(?:(?:some|about|around|roughly|nearly|almost|just|approximately|over|more than|under|less than|only|a clear|a slim|just over|just under|between)\s+)*$/iu;
const SEPARATORS = /[(,–—-]/;

/** Whether `second` restates `first` in apposition (see APPOSITION). */
export function isApposition(sentence: string, first: Quantity, second: Quantity): boolean {
  if (second.start < first.end) return false;
  const between = sentence.slice(first.end, second.start);
  return between.length <= 60 && SEPARATORS.test(between) && APPOSITION.test(between);
}
