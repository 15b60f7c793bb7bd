import { describe, expect, it } from "vitest";
import { findMentionedMembers, mentionQueryAt } from "./mentions";

const rita = { id: "1", name: "Rita" };
const ritaReviewer = { id: "2", name: "Rita Reviewer" };
const ed = { id: "3", name: "Ed Editor" };

describe("findMentionedMembers", () => {
  it("finds full names after @, case-insensitively, the longest name first", () => {
    expect(findMentionedMembers("@rita reviewer can you check?", [rita, ritaReviewer, ed])).toEqual([ritaReviewer]);
    expect(findMentionedMembers("@Rita and @Ed Editor.", [rita, ritaReviewer, ed]).map((m) => m.id).sort()).toEqual(["1", "3"]);
  });
  it("needs the @ and a word boundary after the name", () => {
    expect(findMentionedMembers("Rita Reviewer said so", [ritaReviewer])).toEqual([]);
    expect(findMentionedMembers("@Ritaville", [rita])).toEqual([]);
    expect(findMentionedMembers("mail rita@example.org", [rita])).toEqual([]);
  });
});

describe("mentionQueryAt", () => {
  it("is the text between an @ and the caret", () => {
    expect(mentionQueryAt("Ask @Ri", 7)).toEqual({ start: 4, query: "Ri" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("Ask @Rita Re", 12)).toEqual({ start: 4, query: "Rita Re" });
  });
  it("is null outside a mention", () => {
    expect(mentionQueryAt("no mention", 10)).toBeNull();
    expect(mentionQueryAt("rita@exa", 8)).toBeNull();
    expect(mentionQueryAt("@Rita\nnext", 10)).toBeNull();
  });
});
