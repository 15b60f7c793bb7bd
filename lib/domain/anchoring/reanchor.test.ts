import { describe, expect, it } from "vitest";
import { anchorQuote, createAnchor, type Anchor } from "./create-anchor";
import { reanchorClaim, reanchorClaims, type ReanchorResult } from "./reanchor";

const DEMO_SENTENCE =
  "Things were further inflamed by the Japanese carmaker’s decision to not endorse the FCA-Renault merger plan. " +
  "The French government, which owns a majority 15% of Renault, blocked a vote and demanded more time to win Nissan’s backing. " +
  "This led to FCA walking away from the negotiating table, citing “political conditions” in France.";
const OLD_TEXT = [
  "After the merger with Fiat Chrysler Automobiles (FCA) that it craved for failed to proceed, Renault will now focus on repairing its strained marriage with Nissan.",
  "Ghosn is facing financial misconduct charges in Japan but denies wrongdoing.",
  DEMO_SENTENCE,
  "The minister even went as far as saying that France was ready to reduce its 15% stake in Renault to win Nissan’s backing.",
].join("\n\n");

function anchorIn(text: string, quote: string, occurrence = 0): Anchor {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return createAnchor(text, start, start + quote.length);
}

function expectAnchorOnText(result: ReanchorResult, text: string) {
  if (result.status === "orphaned") throw new Error(`orphaned: ${result.reason}`);
  const { anchor } = result;
  expect(anchor).toEqual(createAnchor(text, anchor.start, anchor.end));
  return anchor;
}

describe("reanchorClaim: the same words", () => {
  it("reports unchanged when nothing around the claim changed", () => {
    const anchor = anchorIn(OLD_TEXT, "owns a majority 15% of Renault");
    expect(reanchorClaim(anchor, OLD_TEXT)).toEqual({ status: "unchanged", anchor });
  });

  it("moves a claim when text is inserted before it", () => {
    const anchor = anchorIn(OLD_TEXT, "owns a majority 15% of Renault");
    const newText = "Editor’s note: updated with the minister’s comments.\n\n" + OLD_TEXT;
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("moved");
    const moved = expectAnchorOnText(result, newText);
    expect(moved.exact).toBe(anchor.exact);
    expect(moved.start).toBe(anchor.start + 54);
    expect(moved.prefix).toBe(anchor.prefix);
  });

  it("moves a sentence that went to another paragraph", () => {
    const sentence = "The French government, which owns a majority 15% of Renault, blocked a vote and demanded more time to win Nissan’s backing.";
    const anchor = anchorIn(OLD_TEXT, sentence);
    const without = OLD_TEXT.replace(sentence + " ", "");
    const newText = without.replace("denies wrongdoing.", `denies wrongdoing. ${sentence}`);
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("moved");
    const moved = expectAnchorOnText(result, newText);
    expect(moved.exact).toBe(sentence);
    expect(moved.prefix.endsWith("denies wrongdoing. ")).toBe(true);
  });

  it("moves a short claim inside a moved sentence, carried by its context", () => {
    const anchor = anchorIn(OLD_TEXT, "15%");
    const sentence = "The French government, which owns a majority 15% of Renault, blocked a vote and demanded more time to win Nissan’s backing.";
    const newText = OLD_TEXT.replace(sentence + " ", "").replace("denies wrongdoing.", `denies wrongdoing. ${sentence}`);
    const moved = expectAnchorOnText(reanchorClaim(anchor, newText), newText);
    expect(moved.prefix).toBe(anchor.prefix);
    expect(moved.start).toBe(newText.indexOf("15% of Renault"));
  });

  it("lets the context decide between repeats of the same words", () => {
    const renault = "Renault holds 43% of Nissan, analysts said on Monday.";
    const nissan = "Nissan holds 15% of Renault, analysts said on Tuesday.";
    const text = ["The alliance is twenty years old.", renault, nissan, "Both deny it."].join("\n\n");
    const claim = anchorIn(text, "analysts said", 1); // Nissan's
    const swapped = ["The alliance is twenty years old.", nissan, renault, "Both deny it."].join("\n\n");
    const result = reanchorClaim(claim, swapped);
    expect(result.status).toBe("moved");
    const moved = expectAnchorOnText(result, swapped);
    expect(moved.start).toBe(swapped.indexOf("analysts said"));
    expect(moved.suffix.startsWith(" on Tuesday.")).toBe(true);
  });

  it("takes the repeat nearest the old position when the contexts tie", () => {
    const text = "Yes. Yes. Yes. Yes. Yes. Yes.";
    const anchor = createAnchor(text, 10, 14); // the third "Yes."
    const newText = "Oh. " + text;
    const moved = expectAnchorOnText(reanchorClaim(anchor, newText), newText);
    expect(moved.start).toBe(14);
  });

  it("keeps UTF-16 offsets right after emoji and accents are added before the claim", () => {
    const anchor = anchorIn(OLD_TEXT, "owns a majority 15% of Renault");
    const newText = "🚗 Señor Sénard’s café 🇫🇷 update.\n\n" + OLD_TEXT;
    const moved = expectAnchorOnText(reanchorClaim(anchor, newText), newText);
    expect(moved.start).toBe(newText.indexOf("owns a majority"));
    expect(newText.slice(moved.start, moved.end)).toBe("owns a majority 15% of Renault");
  });

  it("treats whitespace that became a paragraph break inside the claim as the same words", () => {
    const quote = "blocked a vote and demanded more time to win Nissan’s backing. This led to FCA walking away";
    const anchor = anchorIn(OLD_TEXT, quote);
    const newText = OLD_TEXT.replace("backing. This led", "backing.\n\nThis led");
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("moved");
    expect(expectAnchorOnText(result, newText).exact).toBe(quote.replace("backing. This", "backing.\n\nThis"));
  });

  it("keeps a claim whose words begin or end with whitespace exactly as long when the text did not change", () => {
    const text = "The French government, which owns a majority 15% of Renault,   blocked a vote.\n\n  Next paragraph.";
    const trailing = anchorIn(text, "of Renault,  ");
    expect(reanchorClaim(trailing, text)).toEqual({ status: "unchanged", anchor: trailing });
    const leading = anchorIn(text, "\n  Next paragraph");
    expect(reanchorClaim(leading, text)).toEqual({ status: "unchanged", anchor: leading });
    const both = anchorIn(text, " owns a majority ");
    expect(reanchorClaim(both, text)).toEqual({ status: "unchanged", anchor: both });
  });

  it("keeps a whitespace-ended claim's whitespace when it moves, without taking more", () => {
    const text = "Intro.\n\nIt owns a majority   of shares.";
    const anchor = anchorIn(text, "owns a majority ");
    const newText = "A new first line.\n\n" + text;
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("moved");
    expect(expectAnchorOnText(result, newText).exact).toBe("owns a majority ");
  });

  it("moves a claim whose surrounding punctuation changed, keeping the same words", () => {
    const anchor = anchorIn(OLD_TEXT, "owns a majority 15% of Renault");
    const newText = OLD_TEXT.replace("government, which owns a majority 15% of Renault, blocked", "government – which owns a majority 15% of Renault – blocked");
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("moved");
    expect(expectAnchorOnText(result, newText).exact).toBe(anchor.exact);
  });
});

describe("reanchorClaim: changed words", () => {
  it("marks the demo sentence changed when 'a majority' is dropped", () => {
    const anchor = anchorIn(OLD_TEXT, "The French government, which owns a majority 15% of Renault");
    const newText = OLD_TEXT.replace("which owns a majority 15% of Renault", "which owns 15% of Renault");
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("changed");
    expect(expectAnchorOnText(result, newText).exact).toBe("The French government, which owns 15% of Renault");
    if (result.status === "changed") expect(result.similarity).toBeCloseTo(1 - "a majority ".length / anchor.exact.length, 5);
  });

  it("covers exactly the new words when a shorter claim loses half its words", () => {
    const anchor = anchorIn(OLD_TEXT, "owns a majority 15% of Renault");
    const newText = OLD_TEXT.replace("owns a majority 15% of Renault", "owns 15% of Renault");
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("changed");
    expect(expectAnchorOnText(result, newText).exact).toBe("owns 15% of Renault");
  });

  it("marks a claim changed when one word inside it changed", () => {
    const anchor = anchorIn(OLD_TEXT, "blocked a vote and demanded more time");
    const newText = OLD_TEXT.replace("demanded more time", "requested more time");
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("changed");
    expect(expectAnchorOnText(result, newText).exact).toBe("blocked a vote and requested more time");
  });

  it("marks punctuation inside the claim as a change (a comma can change the meaning)", () => {
    const anchor = anchorIn(OLD_TEXT, "which owns a majority 15% of Renault");
    const newText = OLD_TEXT.replace("which owns a majority 15% of Renault", "which owns a majority, 15%, of Renault");
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("changed");
    expect(expectAnchorOnText(result, newText).exact).toBe("which owns a majority, 15%, of Renault");
  });

  it("finds an edited short claim near its old place even when the same words remain elsewhere", () => {
    const text = "Renault holds 43% of Nissan.\n\nLater, Nissan said Renault holds 43% of Nissan today.";
    const anchor = anchorIn(text, "43%");
    const newText = text.replace("Renault holds 43% of Nissan.", "Renault holds 44% of Nissan.");
    const result = reanchorClaim(anchor, newText);
    expect(result.status).toBe("changed");
    const changed = expectAnchorOnText(result, newText);
    expect(changed.exact).toBe("44%");
    expect(changed.start).toBe(anchor.start);
  });
});

describe("reanchorClaim: orphans", () => {
  it("orphans a claim whose sentence was deleted", () => {
    const sentence = "The French government, which owns a majority 15% of Renault, blocked a vote and demanded more time to win Nissan’s backing. ";
    const newText = OLD_TEXT.replace(sentence, "");
    for (const quote of ["owns a majority 15% of Renault", "15%", "blocked a vote"]) {
      expect(reanchorClaim(anchorIn(OLD_TEXT, quote), newText).status, quote).toBe("orphaned");
    }
  });

  it("does not attach a short claim to the same words in another context", () => {
    const anchor = anchorIn(OLD_TEXT, "15%");
    const newText = OLD_TEXT.replace(DEMO_SENTENCE, "Things were further inflamed by the decision.");
    // "15%" still appears in the minister's sentence: a different claim.
    expect(newText).toContain("15% stake");
    expect(reanchorClaim(anchor, newText)).toEqual({
      status: "orphaned",
      reason: "The quoted words are no longer in the article.",
    });
  });

  it("does not let a short claim jump to a nearby repeat sharing half its context", () => {
    const text = "That has always been the strategy of the state and it remains the strategy of the state as shareholder.";
    const second = anchorIn(text, "the", 2); // "remains the strategy"
    const newText = text.replace("remains the strategy", "remains our strategy");
    expect(reanchorClaim(second, newText).status).toBe("orphaned");
  });

  it("never re-anchors whole words into the middle of another word", () => {
    const text = "Renault holds 43% of Nissan.\n\nNissan holds 15% of Renault.";
    const anchor = anchorIn(text, "43%");
    const newText = text.replace("43% of Nissan", "about half of Nissan").replace("15%", "143%");
    expect(reanchorClaim(anchor, newText).status).toBe("orphaned");
  });

  it("orphans every claim against a completely different article", () => {
    const other =
      "Toyota reported record quarterly profits on Tuesday, helped by a weaker yen and strong hybrid sales.\n\n" +
      "The company raised its full-year forecast and said it would buy back shares worth 15% of its capital.\n\n" +
      "Analysts said the French and Japanese markets remained difficult for most carmakers this year.";
    const claims = [
      "owns a majority 15% of Renault",
      "The French government, which owns a majority 15% of Renault, blocked a vote",
      "15%",
      "Renault",
      "Ghosn is facing financial misconduct charges in Japan",
      "citing “political conditions” in France",
    ].map((quote) => anchorIn(OLD_TEXT, quote));
    for (const { claim, result } of reanchorClaims(claims, OLD_TEXT, other)) {
      expect(result.status, claim.exact).toBe("orphaned");
    }
  });

  it("orphans a claim with no words", () => {
    const anchor: Anchor = { exact: "  ", prefix: "", suffix: "", start: 0, end: 2 };
    expect(reanchorClaim(anchor, OLD_TEXT).status).toBe("orphaned");
  });
});

describe("reanchorClaims", () => {
  it("re-anchors many claims at once and keeps each claim's own fields", () => {
    const claims = ["owns a majority 15% of Renault", "denies wrongdoing", "reduce its 15% stake"].map(
      (quote, index) => ({ id: `c${index}`, ...anchorIn(OLD_TEXT, quote) }),
    );
    const newText = ("Update: 🚗.\n\n" + OLD_TEXT)
      .replace("owns a majority 15%", "owns 15%")
      .replace("Ghosn is facing financial misconduct charges in Japan but denies wrongdoing.\n\n", "");
    const results = reanchorClaims(claims, OLD_TEXT, newText);
    expect(results.map(({ claim, result }) => [claim.id, result.status])).toEqual([
      ["c0", "changed"],
      ["c1", "orphaned"],
      ["c2", "moved"],
    ]);
  });

  it("uses the mapped old position to choose between identical passages", () => {
    const paragraph = "The board met. It voted.";
    const oldText = [paragraph, paragraph, paragraph].join("\n\n");
    const anchor = anchorIn(oldText, "It voted.", 1);
    const newText = ["Intro.", paragraph, "Middle.", paragraph, paragraph].join("\n\n");
    const [{ result }] = reanchorClaims([anchor], oldText, newText);
    const moved = expectAnchorOnText(result, newText);
    expect(moved.start).toBe(anchorIn(newText, "It voted.", 1).start);
  });

  it("leaves every claim unchanged when the text did not change", () => {
    const claims = [anchorQuote(OLD_TEXT, "15%")!, anchorQuote(OLD_TEXT, "Nissan’s backing")!];
    expect(reanchorClaims(claims, OLD_TEXT, OLD_TEXT).map(({ result }) => result.status)).toEqual([
      "unchanged",
      "unchanged",
    ]);
  });
});
