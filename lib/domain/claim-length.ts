// A claim is a statement to check, not a passage: a selection longer than this
// is refused (by the server, and before sending by the review page) with a
// message that says what to do instead.
export const MAX_CLAIM_CHARACTERS = 1000;

export function claimTooLongMessage(characters: number): string {
  return `A claim can be at most ${MAX_CLAIM_CHARACTERS.toLocaleString("en")} characters; this selection has ${characters.toLocaleString("en")}. Select the one statement to check.`;
}
