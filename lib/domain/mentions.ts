// @mentions in a comment: "@" followed by a desk member's full name, as the
// comment box's autocomplete writes it ("@Rita Reviewer"). Names can hold
// spaces, so the text is matched against the members' names rather than parsed
// into words; the longest name wins where two begin alike ("@Rita" vs
// "@Rita Reviewer"). Case-insensitive; the name must end at a word boundary.

export type Member = { id: string; name: string };

export function findMentionedMembers(body: string, members: readonly Member[]): Member[] {
  const text = body.toLocaleLowerCase("en");
  const found = new Map<string, Member>();
  const claimed: [number, number][] = [];
  const byLength = [...members].filter((member) => member.name.trim() !== "").sort((a, b) => b.name.length - a.name.length);
  for (const member of byLength) {
    const needle = `@${member.name.toLocaleLowerCase("en")}`;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const isWordEnd = end === text.length || !/[\p{L}\p{N}_]/u.test(text[end]);
      const isTaken = claimed.some(([start, stop]) => at >= start && at < stop);
      if (isWordEnd && !isTaken) {
        claimed.push([at, end]);
        found.set(member.id, member);
      }
    }
  }
  return [...found.values()];
}

/** The partial name after an "@" that the caret sits at the end of, or null: what the autocomplete completes. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0 || (at > 0 && /[\p{L}\p{N}_]/u.test(before[at - 1]))) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /\n/.test(query) || /\s\s/.test(query)) return null;
  return { start: at, query };
}
