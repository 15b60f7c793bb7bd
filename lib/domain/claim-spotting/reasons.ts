// Why a sentence is worth checking: hand-written detectors, one per reason.
// They explain a suggestion to the editor and are features of the model.
export type ReasonId =
  | "figure" | "share" | "comparison" | "change" | "factual-statement" | "attributed" | "causal" | "date";

export type Reason = { id: ReasonId; label: string };

const LABELS: Record<ReasonId, string> = {
  figure: "a figure",
  share: "a percentage or share",
  comparison: "a comparison or ranking",
  change: "a change over time",
  "factual-statement": "a named organisation or person with a factual verb",
  attributed: "an attributed statement or quote",
  causal: "a causal claim",
  date: "a date",
};

const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions|billions|half|third|quarter|decade|decades";
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";

const DETECTORS: [ReasonId, RegExp][] = [
  ["figure", new RegExp(`\\d|\\b(${NUMBER_WORDS})\\b`, "i")],
  ["share", /\d\s?%|\bper ?cent\b|\b(majority|minority|stake|share|shares|half|a third|a quarter|proportion|fraction)\b/i],
  ["comparison", /\b(more|less|fewer|greater|higher|lower|larger|smaller|bigger|biggest|largest|smallest|highest|lowest|most|least|top|first|second|third|last|record|ranked|rank|than|compared|outnumber\w*|best|worst|leading)\b/i],
  ["change", /\b(rose|rise|rising|risen|fell|fall|falling|fallen|increas\w*|decreas\w*|grew|grow\w*|declin\w*|doubl\w*|tripl\w*|halv\w*|cut|cuts|dropp?\w*|surg\w*|jump\w*|climb\w*|since|went up|went down|up from|down from|from \S+ to)\b/i],
  ["factual-statement", /\b(?:[A-Z][\w’'&.-]*\s?){1,4}\b(owns|owned|holds|held|has|had|is|was|are|were|employs|controls|controlled|won|lost|signed|voted|passed|blocked|built|spent|paid|raised|created|reported|announced|refused|agreed|succeeded|acquired|sold|bought|invested|launched|approved)\b/],
  ["attributed", /["“][^"”]{8,}["”]|\b(said|says|told|stated|announced|claimed|according to|reported|reportedly|insists|insisted|denies|denied|added)\b/i],
  ["causal", /\b(because|due to|caused|causes|led to|leads to|lead to|result(ed)? in|as a result|therefore|thanks to|owing to|so that|blamed|responsible for)\b/i],
  ["date", new RegExp(`\\b(1[89]\\d\\d|20\\d\\d)\\b|\\b(${MONTHS})\\b|\\b(yesterday|today|last (week|month|year)|this (week|month|year)|next (week|month|year)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`, "i")],
];

export function detectReasons(sentence: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [id, pattern] of DETECTORS) {
    if (id === "factual-statement" ? hasNamedSubject(sentence, pattern) : pattern.test(sentence)) {
      reasons.push({ id, label: LABELS[id] });
    }
  }
  return reasons;
}

// A capitalised name that is not just the sentence's first word, before a factual verb.
function hasNamedSubject(sentence: string, pattern: RegExp): boolean {
  const match = pattern.exec(sentence);
  if (!match) return false;
  const name = match[0].slice(0, match[0].length - match[1].length).trim();
  if (match.index > 0) return true;
  return name.split(/\s+/).length > 1 || !/^(The|A|An|It|He|She|They|We|I|This|That|There|But|And|So)$/.test(name);
}
