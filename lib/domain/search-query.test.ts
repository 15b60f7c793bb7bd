import { describe, expect, it } from "vitest";
import { SAFE_TEXT_MESSAGES } from "@/lib/schemas/safe-text";
import { MAX_SEARCH_CHARACTERS, readSearchQuery } from "./search-query";

describe("readSearchQuery", () => {
  it("trims and keeps an ordinary query", () => {
    expect(readSearchQuery("  Renault  ")).toEqual({ query: "Renault", error: null });
    expect(readSearchQuery(undefined)).toEqual({ query: "", error: null });
  });

  it("takes the first of a repeated parameter", () => {
    expect(readSearchQuery(["Renault", "Nissan"])).toEqual({ query: "Renault", error: null });
  });

  it("cuts a long query without splitting an emoji in half", () => {
    const query = `${"a".repeat(MAX_SEARCH_CHARACTERS - 1)}👍`;
    expect(readSearchQuery(query)).toEqual({ query: "a".repeat(MAX_SEARCH_CHARACTERS - 1), error: null });
  });

  it("drops a query that cannot be searched for, saying why", () => {
    expect(readSearchQuery("Renault\u0000")).toEqual({ query: "", error: SAFE_TEXT_MESSAGES.nul });
    expect(readSearchQuery("\uD800x")).toEqual({ query: "", error: SAFE_TEXT_MESSAGES.loneSurrogate });
    expect(readSearchQuery("\u200B")).toEqual({ query: "", error: SAFE_TEXT_MESSAGES.invisibleOnly });
  });
});
