import { describe, expect, it } from "vitest";
import { DEMO_CLAIM_QUOTES } from "@/lib/server/seed/demo-content";
import { trackReplacedWords, type TrackedPart } from "./tracked-words";

const replaced = (original: string, text: string) => ({ kind: "replaced" as const, original, text, claimId: "c1" });
const accepted = (parts: TrackedPart[]) => parts.filter((part) => part.kind !== "removed").map((part) => part.text).join("");
const rejected = (parts: TrackedPart[]) => parts.filter((part) => part.kind !== "added").map((part) => part.text).join("");
const show = (parts: TrackedPart[]) =>
  parts.map((part) => (part.kind === "removed" ? `~~${part.text}~~` : part.kind === "added" ? `*${part.text}*` : part.text)).join("");

describe("trackReplacedWords", () => {
  it("strikes only 'majority' in the demo's French-government claim", () => {
    const original = DEMO_CLAIM_QUOTES[0].quote; // "The French government, which owns a majority 15% of Renault"
    const parts = trackReplacedWords(replaced(original, "The French government, which owns 15% of Renault"));
    expect(show(parts)).toBe("The French government, which owns ~~a majority ~~15% of Renault");
    expect(rejected(parts)).toBe(original);
  });

  it("strikes only 'majority' in the demo's Nissan-stake claim", () => {
    const original = DEMO_CLAIM_QUOTES[1].quote; // "Renault, which holds a majority 43% stake"
    const parts = trackReplacedWords(replaced(original, "Renault, which holds a 43% stake"));
    expect(show(parts)).toBe("Renault, which holds a ~~majority ~~43% stake");
    expect(accepted(parts)).toBe("Renault, which holds a 43% stake");
    expect(rejected(parts)).toBe(original);
  });

  it("strikes and inserts word by word where several words changed", () => {
    const parts = trackReplacedWords(replaced("owns a majority 15% of Renault", "owns a 15% stake in Renault"));
    expect(show(parts)).toBe("owns a ~~majority ~~15% ~~of ~~*stake in *Renault");
    expect(accepted(parts)).toBe("owns a 15% stake in Renault");
    expect(rejected(parts)).toBe("owns a majority 15% of Renault");
  });

  it("replaces the whole phrase when the correction keeps almost none of it", () => {
    const parts = trackReplacedWords(replaced("the deal collapsed in June", "talks ended after the vote"));
    expect(parts).toEqual([
      { kind: "removed", text: "the deal collapsed in June" },
      { kind: "added", text: "talks ended after the vote" },
    ]);
  });

  it("only deletes the later paragraphs' pieces of a claim (no correction there)", () => {
    expect(trackReplacedWords(replaced("Two", ""))).toEqual([{ kind: "removed", text: "Two" }]);
  });
});
