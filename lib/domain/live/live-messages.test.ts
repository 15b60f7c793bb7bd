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
    tabId, articleId: ARTICLE, userId: USER, name: "Rita Reviewer", claimId: null, isEditing: false, isHere: true, ...overrides,
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

  it("moves a tab that opened another article, so both articles change", () => {
    const board = new PresenceBoard();
    board.record(beat("a"), 0);
    expect(board.record(beat("a", { articleId: OTHER_ARTICLE }), 1)).toEqual([ARTICLE, OTHER_ARTICLE]);
    expect(board.viewersOf(ARTICLE)).toEqual([]);
  });

  it("refuses a beat that is not well formed", () => {
    expect(parsePresenceBeat(JSON.stringify(beat("a")))).toEqual(beat("a"));
    expect(parsePresenceBeat(JSON.stringify({ ...beat("a"), isEditing: "yes" }))).toBeNull();
  });
});
