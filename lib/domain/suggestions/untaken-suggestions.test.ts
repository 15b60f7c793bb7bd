import { describe, expect, it } from "vitest";
import { withoutTakenSuggestions } from "./untaken-suggestions";

const suggestion = (start: number, end: number) => ({ start, end, exact: `words ${start}` });

describe("withoutTakenSuggestions", () => {
  const spotted = [suggestion(0, 10), suggestion(12, 30), suggestion(32, 50)];

  it("keeps every suggestion when none was dismissed or claimed", () => {
    expect(withoutTakenSuggestions(spotted, [], [])).toEqual(spotted);
  });

  it("drops a dismissed one: the same span only", () => {
    expect(withoutTakenSuggestions(spotted, [{ start: 12, end: 30 }, { start: 0, end: 9 }], [])).toEqual([spotted[0], spotted[2]]);
  });

  it("drops one whose sentence holds a claim, however little of it the claim covers", () => {
    const claims = [{ start: 40, end: 45, isOrphaned: false }];
    expect(withoutTakenSuggestions(spotted, [], claims)).toEqual([spotted[0], spotted[1]]);
  });

  it("ignores orphaned claims (they no longer sit in this text) and claims that only touch the edge", () => {
    const claims = [{ start: 0, end: 10, isOrphaned: true }, { start: 30, end: 32, isOrphaned: false }];
    expect(withoutTakenSuggestions(spotted, [], claims)).toEqual(spotted);
  });
});
