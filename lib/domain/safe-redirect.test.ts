import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const ORIGIN = "https://desk.example";

describe("safeRedirectPath", () => {
  it.each([
    ["/", "/"],
    ["/articles/5", "/articles/5"],
    ["/articles/5/edit?tab=claims#c-3", "/articles/5/edit?tab=claims#c-3"],
    ["/search?q=a%20b", "/search?q=a%20b"],
    [`${ORIGIN}/articles/5`, "/articles/5"],
  ])("keeps the same-origin path %j", (callback, expected) => {
    expect(safeRedirectPath(callback, ORIGIN)).toBe(expected);
  });

  it.each([
    "/\\localhost:9/x",
    "/\\\\host",
    "\\\\host",
    "/\t/host",
    "/\\t/host",
    "//host",
    "//host/path",
    "///host",
    "%2F%2Fhost",
    "/%2F%2Fhost",
    "/%2f%2fhost",
    "/%5Chost",
    "/%5chost",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://evil.example/x",
    "http://desk.example/x",
    "https://desk.example.evil.example/x",
    "https://desk.example@evil.example/x",
    "/articles\u0000/x",
    "/\r\n/host",
    "/\u0085evil",
    " /articles",
    "articles/5",
    "",
    "/".repeat(2001),
  ])("refuses %j", (callback) => {
    expect(safeRedirectPath(callback, ORIGIN)).toBe("/");
  });

  it("refuses what is not a string (a repeated query parameter is an array)", () => {
    expect(safeRedirectPath(["/a", "/b"], ORIGIN)).toBe("/");
    expect(safeRedirectPath(undefined, ORIGIN)).toBe("/");
  });

  it("needs no origin for relative paths", () => {
    expect(safeRedirectPath("/articles/5")).toBe("/articles/5");
    expect(safeRedirectPath("/\\localhost:9/x")).toBe("/");
    expect(safeRedirectPath("//host")).toBe("/");
  });
});
