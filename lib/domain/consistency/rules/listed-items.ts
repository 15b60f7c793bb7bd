// (Kept out of total-mismatch.ts, which is long: this counts the items of a list told without figures, names or
// things, which a count may be broken into.)

// "France, Spain, Italy and Greece", "a man, a woman and a child": items of one to three words.
// ("the Conservatives", "the Liberal Democrats": a name may take "the".)
const ITEM = /^(?:(?:an?|the)\s+[\p{Ll}’'-]+(?:\s+[\p{Ll}’'-]+)?|(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})$/u;

// A plain item is one kind of thing ("retail", "logistics"); plurals ("men and women", "boys and girls") are classes
// the count is sorted into, not items of it.
const PLAIN_ITEM = /^(?!.*\b(?:men|women|children|people|staff)\b)(?:\p{Ll}[\p{Ll}’'-]*\s+)?\p{Ll}[\p{Ll}’'-]*(?:ics|ss|[^s\s])$/u;

/** How many items a list of names or things names, or null when it is not such a list. */
export function countNames(list: string, allowPlainWords = false): number | null {
  let text = list.replace(/^\s*(?:are|were|is|was)\s+/i, "");
  // "Anna, Maria and Sofia, run the farm": the list ends at the comma after its "and".
  const and = text.search(/\s(?:and|&)\s/);
  const comma = and < 0 ? -1 : text.indexOf(",", and);
  if (comma >= 0) text = text.slice(0, comma);
  text = text.replace(/[\s,]+$/, "");
  const items = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((item) => item.trim()).filter(Boolean);
  if (items.length < 2 || !items.every((item) => ITEM.test(item) || (allowPlainWords && PLAIN_ITEM.test(item)))) return null;
  return items.length;
}

// (Only a title may come before the noun: "the school said" after the parts is a clause of its own, no item.)
const ONE_HOLDER = /^(?:the|her|his|its|their|our)\s+(?:(?:chief|deputy|vice|acting|senior|junior|joint|lead|head|assistant)\s+)?(?!(?:rest|remainder|others|staff|crew|team|board|public|police|family|majority|minority|bulk|remaining|other)\b)\p{Ll}+(?<!s)$/u;

// "five opposition nominees and a chair chosen by the judiciary", "and a president elected by parliament": one holder
// still, told who chose them, when the list's last item after "and" (", a split approved by the judge" after a list
// tells of the whole list, and "a panel drawn from 12 firms" holds a figure of its own).
const CHOSEN_BY = /\s+\p{Ll}+(?:ed|en|wn)\s+(?:by|from)\s+\D+$/u;

/** How many items of a list are one thing written without a number ("a Dane", "an Italian"). */
export function singleItems(list: string): number {
  // (The separators are kept: an item after "and" is the list's last, CHOSEN_BY.)
  const pieces = list.split(/(\s*,\s*(?:and\s+)?|\s+and\s+)/);
  const items = pieces.flatMap((piece, i) => (i % 2 === 0 && piece.trim() ? [{ item: piece.trim(), isLast: /\band\s+$/.test(pieces[i - 1] ?? "") }] : []));
  // "a Dane", "a 45-year-old man", "a man aged 30" ("one Dane" is read as a figure already); "the leader", "her deputy":
  // one holder of a post (a plural or a body, "the rest", "its staff", "the board", is more than one).
  return items.filter(({ item, isLast }) => {
    const holder = isLast ? item.replace(CHOSEN_BY, "") : item;
    return /^an?\s+(?:[\p{L}\d-]+\s+)?\p{L}+(?:\s+aged\s+\d+)?$/iu.test(holder) || ONE_HOLDER.test(holder);
  }).length;
}
