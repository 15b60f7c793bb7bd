// A person's title as news copy writes it: a head noun ("secretary", "leader",
// "officer", "head of research") with the words that qualify it ("Transport
// Secretary", "Labour leader", "Nissan chief operating officer", "shadow
// chancellor"). Qualifiers are capitalised words (a department, a party, a
// company) or role words; the head nouns are the open part, so titles no list
// names are read too.
const HEADS = [
  "minister", "secretary", "chancellor", "president", "vice-president", "premier", "chairman", "chairwoman", "chairperson", "chair",
  "director", "executive", "officer", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "leader", "head", "chief", "spokesman",
  "spokeswoman", "spokesperson", "mayor", "governor", "senator", "congressman", "congresswoman", "ambassador", "commissioner", "editor",
  "manager", "coach", "captain", "judge", "prosecutor", "general", "admiral", "professor", "economist", "analyst", "correspondent",
  "treasurer", "partner", "owner", "bishop", "archbishop", "commander", "superintendent", "inspector", "envoy", "adviser", "advisor",
  "strategist", "chancellor", "controller", "registrar", "dean", "principal", "rector", "provost", "curator", "conductor", "architect",
];
// Lower-case words that qualify a title ("chief operating officer", "shadow home secretary").
const ROLE_WORDS = [
  "chief", "executive", "operating", "financial", "technology", "technical", "information", "marketing", "commercial", "general",
  "managing", "prime", "foreign", "home", "finance", "health", "education", "defence", "defense", "justice", "interior", "trade",
  "business", "transport", "energy", "culture", "environment", "culture", "deputy", "vice", "senior", "junior", "assistant", "principal",
  "lead", "state", "shadow", "press", "news", "political", "economics", "research", "non-executive", "independent", "acting", "interim",
  "former", "founding", "creative", "artistic", "medical", "scientific", "investment", "chief", "head", "team", "club", "party", "union",
];
const anyCase = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
// A capitalised qualifier names a body ("Transport", "Nissan"), never a sentence's first word ("The", "In").
const QUALIFIER = `(?:(?!(?:The|A|An|This|That|These|Those|In|On|At|By|For|And|But|Our|Its|His|Her|Their|When|As|After|Then|Said|Says|Told|Asked)\\b)\\p{Lu}[\\p{L}’'-]*|${ROLE_WORDS.map(anyCase).join("|")})`;
const HEAD = `(?:${HEADS.map(anyCase).join("|")}|CEO|CFO|COO|CTO)(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]+)?`;
/** A title: as many qualifiers as there are, up to three, then a head noun (case as written; no i flag, so \p{Lu} stays upper case). */
export const TITLE = `((?:${QUALIFIER}\\s+){0,3}${HEAD})`;

const SAME = new Map([["ceo", "chief executive"], ["chief executive officer", "chief executive"], ["cfo", "chief financial officer"], ["chairwoman", "chair"], ["chairman", "chair"], ["chairperson", "chair"]]);
// Words that change the post: a deputy is not the chief; "acting", "interim" and a company name do not.
const DISTINCT = /\b(?:deputy|vice|assistant|shadow|former|junior|non-executive)\b/;

/** A title lower-cased, without "the", with synonyms made one ("CEO" is "chief executive"). */
export function normalTitle(title: string): string {
  let words = title.toLowerCase().replace(/^(?:the|its|their|a)\s+/, "").replace(/\s+/g, " ").trim();
  for (const [from, to] of SAME) words = words.replace(new RegExp(`\\b${from}$`), to);
  return words;
}

/**
 * Whether two titles name the same post: one ends with the other ("Nissan chief
 * executive" and "chief executive"), and neither adds a word that changes the
 * post ("deputy chief executive" is not "chief executive").
 */
export function sameTitle(a: string, b: string): boolean {
  const [x, y] = [normalTitle(a), normalTitle(b)];
  const [longer, shorter] = x.length >= y.length ? [x, y] : [y, x];
  if (!(longer === shorter || longer.endsWith(` ${shorter}`))) return false;
  const extra = longer.slice(0, longer.length - shorter.length);
  return !DISTINCT.test(extra);
}
