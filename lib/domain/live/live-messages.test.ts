import { describe, expect, it } from "vitest";
import { formatSseMessage, parseInboxUserId, parseLiveChange, parsePresenceBeat } from "./live-messages";
import { PRESENCE_TTL_MS, PresenceBoard } from "./presence-board";

const ARTICLE = "0b6f3a52-4f5e-4d0c-9a43-6a1f0e6a2b10";
const OTHER_ARTICLE = "1b6f3a52-4f5e-4d0c-9a43-6a1f0e6a2b10";
const USER = "2b6f3a52-4f5e-4d0c-9a43-6a1f0e6a2b10";

describe("live messages", () => {
  it("parses the trigger's payload and refuses anything malformed", () => {
    const payload = { id: "42", articleId: ARTICLE, claimId: null, chainSeq: 3, action: "comment.add", entityType: "comment", actorId: USER };
    expect(parseLiveChange(JSON.stringify(payload))).toEqual(payload);
    expect(parseLiveChange("not json")).toBeNull();
    expect(parseLiveChange(JSON.stringify({ ...payload, id: "4x" }))).toBeNull();
    expect(parseLiveChange(JSON.stringify({ ...payload, articleId: "desk" }))).toBeNull();
  });

  it("takes the user of an inbox payload only when it is a user id", () => {
    expect(parseInboxUserId(JSON.stringify({ userId: USER, kind: "mention" }))).toBe(USER);
    expect(parseInboxUserId(JSON.stringify({ userId: "everyone" }))).toBeNull();
  });

  it("formats one SSE message per event, data on one line", () => {
    expect(formatSseMessage({ event: "change", id: "7", data: { text: "a\nb" } })).toBe('id: 7\nevent: change\ndata: {"text":"a\\nb"}\n\n');
  });
});

describe("the presence board", () => {
  const beat = (tabId: string, overrides: Partial<Parameters<PresenceBoard["record"]>[0]> = {}) => ({
    tabId, articleId: ARTICLE, userId: USER, name: "Rita Reviewer", claimId: null, isEditing: false, isHere: true, seq: 0, ...overrides,
  });

  it("lists the tabs on an article, forgets a tab that left, and one that stopped beating", () => {
    const board = new PresenceBoard();
    board.record(beat("a"), 0);
    board.record(beat("b", { name: "Eddie Editor" }), 0);
    expect(board.viewersOf(ARTICLE).map((viewer) => viewer.name)).toEqual(["Eddie Editor", "Rita Reviewer"]);
    expect(board.record(beat("a", { isHere: false }), 1)).toEqual([ARTICLE]);
    expect(board.viewersOf(ARTICLE).map((viewer) => viewer.tabId)).toEqual(["b"]);
    expect(board.expire(PRESENCE_TTL_MS - 1)).toEqual([]);
    expect(board.expire(PRESENCE_TTL_MS)).toEqual([ARTICLE]);
    expect(board.viewersOf(ARTICLE)).toEqual([]);
  });

  it("ignores a beat older than the last heard from its tab: a 'here' overtaken by the goodbye does not bring the tab back", () => {
    const board = new PresenceBoard();
    board.record(beat("a", { seq: 1 }), 0);
    expect(board.record(beat("a", { seq: 3, isHere: false }), 1)).toEqual([ARTICLE]);
    expect(board.record(beat("a", { seq: 2 }), 2)).toEqual([]);
    expect(board.viewersOf(ARTICLE)).toEqual([]);
    // The same tab coming back later (it navigated away and back) sends newer beats.
    expect(board.record(beat("a", { seq: 4 }), 3)).toEqual([ARTICLE]);
    expect(board.viewersOf(ARTICLE).map((viewer) => viewer.tabId)).toEqual(["a"]);
  });

  it("forgets a departed tab's last beat once a beat would have expired", () => {
    const board = new PresenceBoard();
    board.record(beat("a", { seq: 5, isHere: false }), 0);
    board.expire(PRESENCE_TTL_MS);
    // A reloaded page starts counting again from 1.
    expect(board.record(beat("a", { seq: 1 }), PRESENCE_TTL_MS + 1)).toEqual([ARTICLE]);
  });

  it("moves a tab that opened another article, so both articles change", () => {
    const board = new PresenceBoard();
    board.record(beat("a"), 0);
    expect(board.record(beat("a", { articleId: OTHER_ARTICLE }), 1)).toEqual([ARTICLE, OTHER_ARTICLE]);
    expect(board.viewersOf(ARTICLE)).toEqual([]);
  });

  it("refuses a beat that is not well formed", () => {
    expect(parsePresenceBeat(JSON.stringify(beat("a")))).toEqual(beat("a"));
    expect(parsePresenceBeat(JSON.stringify({ ...beat("a"), isEditing: "yes" }))).toBeNull();
    const withoutSeq: Record<string, unknown> = beat("a", { seq: 9 });
    delete withoutSeq.seq;
    expect(parsePresenceBeat(JSON.stringify(withoutSeq))).toEqual(beat("a", { seq: 0 }));
  });
});
