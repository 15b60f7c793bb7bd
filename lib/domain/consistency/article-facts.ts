// Facts a claim states that the rest of an article may state again: a holder's
// stake, a person's age, title or birth year, when something was founded, a
// total. Each fact has a key naming what it is about ("stake|renault|nissan")
// and a value; two facts with one key and different values contradict.
import { bounds, findQuantities, roundingSlack, type Quantity } from "./numbers";
import { sameTitle, TITLE } from "./titles";

export type FactKind = "stake" | "age" | "title" | "date" | "total";
export type Fact = {
  kind: FactKind;
  key: string;
  /** Who or what it is about, as written ("Renault", "Maya Lin"). */
  subject: string;
  /** Numeric facts: the quantity; titles: null. */
  quantity: Quantity | null;
  value: string;
  start: number;
  end: number;
};

const NAME = "\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:de\\s+|van\\s+|von\\s+|al-)?\\p{Lu}[\\p{L}’'-]*){0,3}";
// "The French government", "the French state", "Renault": a holder as written before its verb.
const HOLDER = `((?:[Tt]he\\s+)?${NAME}|[Tt]he\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:government|state|family|founder|fund|bank))`;
const HOLDER_VERB = new RegExp(`${HOLDER}(?:,\\s+(?:which|who)(?:\\s+\\w+){0,1})?\\s+(?:owns|holds|has|controls|retains|kept|keeps|bought|acquired|took|owned|held)\\s+(?:(?:a|an|its|the|their|some|about|around|nearly|almost|just|over|more\\s+than)\\s+)*(?:[\\p{L}-]+\\s+){0,2}$`, "u");
const POSSESSIVE = new RegExp(`${HOLDER}[’']s\\s+(?:[\\p{L}-]+\\s+){0,1}$`, "u");
const WHOLE = new RegExp(`^(?:\\s+(?:stake|share|holding|interest))?\\s+(?:in|of)\\s+(?:the\\s+)?(${NAME})`, "u");
const PERSON = `(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,3})`;
const LEADING_TITLE = new RegExp(`^${TITLE}\\s+`, "u");
const TITLE_THEN_NAME = new RegExp(`\\b${TITLE}\\s+${PERSON}`, "gu");
const NAME_THEN_TITLE = new RegExp(`${PERSON},\\s+(?:the\\s+|its\\s+|their\\s+)?(?:\\p{L}+[’']s\\s+)?${TITLE}\\b`, "gu");
const AGE_AFTER_NAME = new RegExp(`${PERSON},\\s+(?:aged\\s+)?(\\d{1,3}),`, "gu");
const AGE_BEFORE_NAME = new RegExp(`\\b(\\d{1,3})-year-old\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${PERSON}`, "gu");
const BORN = new RegExp(`${PERSON}(?:,)?\\s+(?:was\\s+)?born\\s+in\\s+(\\d{4})`, "gu");
const FOUNDED = /\b([Tt]he\s+[\p{Ll}-]+|(?:[Tt]he\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,2})(?:,)?\s+(?:which\s+was\s+|was\s+|were\s+)?(founded|formed|established|set up|created|launched|opened|signed|forged)\s+in\s+(\d{4})/gu;
const TOTAL = /\b(?:[Aa] total of|totall?ing|totall?ed)\s+([$£€]?[\d.,]+(?:\s?(?:million|billion|bn|m))?)\s+([\p{Ll}-]+)|\b([$£€]?[\d.,]+(?:\s?(?:million|billion|bn|m))?)\s+([\p{Ll}-]+)\s+(?:in total|in all|altogether)\b/gu;

/** The facts stated in `text` (offsets into it). */
export function findFacts(text: string): Fact[] {
  return [...stakes(text), ...people(text), ...foundings(text), ...totals(text)].sort((a, b) => a.start - b.start);
}

function normal(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, "").replace(/[’']s$/, "").replace(/\s+/g, " ").trim();
}

function stakes(text: string): Fact[] {
  const facts: Fact[] = [];
  for (const share of findQuantities(text)) {
    if (!share.isPercent || share.isFraction) continue;
    const before = text.slice(Math.max(0, share.start - 90), share.start);
    const holder = HOLDER_VERB.exec(before)?.[1] ?? POSSESSIVE.exec(before)?.[1];
    if (!holder) continue;
    const whole = WHOLE.exec(text.slice(share.end, share.end + 60))?.[1] ?? "";
    const end = whole ? text.indexOf(whole, share.end) + whole.length : share.end;
    facts.push({
      kind: "stake", key: `stake|${normal(holder)}|${normal(whole)}`, subject: whole ? `${holder}’s stake in ${whole}` : `${holder}’s stake`,
      quantity: share, value: share.text.trim(), start: share.start, end,
    });
  }
  return facts;
}

function people(text: string): Fact[] {
  const facts: Fact[] = [];
  const push = (kind: FactKind, written: string, value: string, quantity: Quantity | null, start: number, end: number, subject?: string) => {
    // "Director Aisha Bello, 34,": the title is not part of her name.
    const person = written.replace(LEADING_TITLE, "");
    facts.push({ kind, key: `${kind}|${normal(person)}`, subject: subject ?? person, quantity, value, start, end });
  };
  for (const m of text.matchAll(TITLE_THEN_NAME)) push("title", m[2], m[1].toLowerCase().replace(/\s+/g, " "), null, m.index, m.index + m[0].length);
  for (const m of text.matchAll(NAME_THEN_TITLE)) push("title", m[1], m[2].toLowerCase().replace(/\s+/g, " "), null, m.index, m.index + m[0].length);
  for (const m of text.matchAll(AGE_AFTER_NAME)) push("age", m[1], m[2], quantityAt(text, m.index + m[0].lastIndexOf(m[2])), m.index, m.index + m[0].length - 1);
  for (const m of text.matchAll(AGE_BEFORE_NAME)) push("age", m[2], m[1], quantityAt(text, m.index), m.index, m.index + m[0].length);
  for (const m of text.matchAll(BORN)) push("date", m[1], m[2], quantityAt(text, m.index + m[0].lastIndexOf(m[2])), m.index, m.index + m[0].length, `${m[1]}’s birth year`);
  // "Former chairman" and "chairman" are not two titles at once.
  return facts.filter((fact) => fact.kind !== "title" || !/^former\b/i.test(fact.value));
}

function foundings(text: string): Fact[] {
  const facts: Fact[] = [];
  for (const m of text.matchAll(FOUNDED)) {
    const subject = m[1];
    if (/^(?:It|They|He|She|This|That|Which)$/i.test(subject)) continue;
    const verb = /signed/.test(m[2]) ? "signed" : "founded";
    const yearAt = m.index + m[0].lastIndexOf(m[3]);
    facts.push({ kind: "date", key: `date|${verb}|${normal(subject)}`, subject: `when ${subject.replace(/^The\b/, "the")} was ${m[2]}`, quantity: quantityAt(text, yearAt), value: m[3], start: m.index, end: m.index + m[0].length });
  }
  return facts;
}

function totals(text: string): Fact[] {
  const facts: Fact[] = [];
  for (const m of text.matchAll(TOTAL)) {
    const figure = m[1] ?? m[3];
    const noun = (m[2] ?? m[4]).replace(/s$/, "");
    const at = m.index + m[0].indexOf(figure);
    const quantity = quantityAt(text, at);
    if (!quantity) continue;
    facts.push({ kind: "total", key: `total|${noun}`, subject: `the total of ${m[2] ?? m[4]}`, quantity, value: quantity.text.trim(), start: m.index, end: m.index + m[0].length });
  }
  return facts;
}

function quantityAt(text: string, at: number): Quantity | null {
  return findQuantities(text).find((q) => q.start <= at && q.end > at) ?? findQuantities(text).find((q) => q.start >= at) ?? null;
}

/** Whether two facts with one key say different things (numbers allow for rounding and "about"/"nearly"). */
export function factsDisagree(a: Fact, b: Fact): boolean {
  if (a.kind === "title" && b.kind === "title") return !sameTitle(a.value, b.value);
  if (!a.quantity || !b.quantity) return a.value !== b.value;
  const tolerance = Math.max(slackOf(a.quantity), slackOf(b.quantity));
  const [aLow, aHigh] = bounds(a.quantity, tolerance);
  const [bLow, bHigh] = bounds(b.quantity, tolerance);
  return aHigh < bLow || bHigh < aLow;
}

// A percentage is a rounded share: "43%" may be 43.4%; "43.4%" may be 43.35%.
function slackOf(quantity: Quantity): number {
  if (!quantity.isPercent) return roundingSlack(quantity);
  const decimals = /\.(\d+)/.exec(quantity.text)?.[1].length ?? 0;
  return 0.5 * 10 ** -decimals;
}
