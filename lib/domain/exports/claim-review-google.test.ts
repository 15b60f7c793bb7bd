// ClaimReview checked against the properties Google documents for fact-check
// rich results (developers.google.com/search/docs/appearance/structured-data/factcheck):
//   ClaimReview: claimReviewed, reviewRating, url REQUIRED; author, datePublished, itemReviewed RECOMMENDED.
//   Claim: appearance, author, datePublished, firstAppearance RECOMMENDED.
//   Rating: alternateName REQUIRED; bestRating, name, ratingValue, worstRating RECOMMENDED.
// `url` must be on the page that hosts the review (same domain or a subdomain), so
// never a localhost or the app's address. Other properties used are schema.org's
// (reviewBody on Review, ratingExplanation on Rating, headline/url on CreativeWork).
import { describe, expect, it } from "vitest";
import { buildClaimReviewGraph } from "./claim-review";
import { factCheckPageUrl, findPublicUrlProblem } from "./public-url";
import { makeArticle, makeClaim } from "./test-fixtures";

const ALLOWED: Record<string, string[]> = {
  ClaimReview: ["@type", "url", "claimReviewed", "reviewBody", "datePublished", "author", "reviewRating", "itemReviewed"],
  Rating: ["@type", "ratingValue", "bestRating", "worstRating", "alternateName", "name", "ratingExplanation"],
  Claim: ["@type", "appearance", "firstAppearance", "author", "datePublished"],
  CreativeWork: ["@type", "url", "headline", "datePublished"],
  Organization: ["@type", "name", "url"],
  Person: ["@type", "name", "url"],
};

type Node = Record<string, unknown>;

/** The problems Google's documentation (and schema.org's types) would flag, as sentences. */
function validateClaimReview(review: Node, hostingPage: URL): string[] {
  const problems: string[] = [];
  const check = (node: Node, type: string, path: string) => {
    if (node["@type"] !== type) problems.push(`${path} is not a ${type}`);
    for (const key of Object.keys(node)) if (!ALLOWED[type].includes(key)) problems.push(`${path}.${key} is not a documented ${type} property`);
  };
  const isIsoDate = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
  check(review, "ClaimReview", "review");
  if (typeof review.claimReviewed !== "string" || !review.claimReviewed.trim()) problems.push("claimReviewed is required");
  let url: URL | null = null;
  try {
    url = new URL(String(review.url));
  } catch {
    problems.push("url is required and must be absolute");
  }
  if (url && !(url.hostname === hostingPage.hostname || url.hostname.endsWith(`.${hostingPage.hostname}`))) {
    problems.push(`url ${url} is not on the hosting page's domain ${hostingPage.hostname}`);
  }
  if (url && findPublicUrlProblem(url.toString(), null)) problems.push(`url ${url} is not a public address`);
  const rating = review.reviewRating as Node | undefined;
  if (!rating) problems.push("reviewRating is required");
  else {
    check(rating, "Rating", "reviewRating");
    if (typeof rating.alternateName !== "string" || !rating.alternateName) problems.push("reviewRating.alternateName is required");
    const { ratingValue, bestRating, worstRating } = rating as { ratingValue: number; bestRating: number; worstRating: number };
    if (!(worstRating <= ratingValue && ratingValue <= bestRating)) problems.push("ratingValue lies outside worstRating…bestRating");
  }
  const author = review.author as Node | undefined;
  if (!author) problems.push("author (recommended) is missing");
  else check(author, "Organization", "author");
  if (review.datePublished !== undefined && !isIsoDate(review.datePublished)) problems.push("datePublished is not an ISO 8601 date");
  const item = review.itemReviewed as Node | undefined;
  if (!item) problems.push("itemReviewed (recommended) is missing");
  else {
    check(item, "Claim", "itemReviewed");
    const claimAuthor = item.author as Node | undefined;
    if (claimAuthor) check(claimAuthor, claimAuthor["@type"] === "Organization" ? "Organization" : "Person", "itemReviewed.author");
    const appearance = item.appearance as Node | undefined;
    if (appearance) check(appearance, "CreativeWork", "itemReviewed.appearance");
    if (item.datePublished !== undefined && !isIsoDate(item.datePublished)) problems.push("itemReviewed.datePublished is not an ISO 8601 date");
  }
  return problems;
}

const TEXT = "The French government, which owns a majority 15% of Renault, blocked a vote. Renault, which holds a majority 43% stake in Nissan, agreed.";
const article = makeArticle(TEXT);
const claims = [
  makeClaim(TEXT, "The French government, which owns a majority 15% of Renault", {
    correction: "The French government, which owns 15% of Renault",
    rationale: "15% is a minority stake. The state is Renault's largest single shareholder, not its majority owner. Annual report, p. 12.",
    restated: "The French state owns a majority of Renault.",
  }),
  makeClaim(TEXT, "Renault, which holds a majority 43% stake", { verdict: "verified", correction: null, rationale: null }),
];
const BASE = "https://news.example/fact-checks";
const graph = buildClaimReviewGraph(article, claims, {
  organisation: { name: "Example Fact Desk", url: "https://news.example" },
  reviewUrl: (claim) => factCheckPageUrl(BASE, "renault-nissan", claim.id),
});

describe("ClaimReview against Google's documented properties", () => {
  it("is one JSON-LD document with the schema.org context and a @graph of reviews, ready to paste", () => {
    expect(graph["@context"]).toBe("https://schema.org");
    expect(graph["@graph"]).toHaveLength(2);
    for (const review of graph["@graph"]) expect(review).not.toHaveProperty("@context");
  });

  it("has every required property, only documented ones, and a url on the hosting page", () => {
    const hostingPage = new URL(`${BASE}/renault-nissan`);
    for (const review of graph["@graph"]) expect(validateClaimReview(review as Node, hostingPage)).toEqual([]);
  });

  it("takes reviewBody and ratingExplanation (two sentences at most) from the rationale", () => {
    const [corrected, verified] = graph["@graph"];
    expect(corrected.reviewBody).toBe(claims[0].rationale);
    expect(corrected.reviewRating.ratingExplanation).toBe(
      "15% is a minority stake. The state is Renault's largest single shareholder, not its majority owner.",
    );
    expect(verified).not.toHaveProperty("reviewBody");
    expect(verified.reviewRating).not.toHaveProperty("ratingExplanation");
  });

  it("describes the claim's appearance: the article's author, date and URL", () => {
    expect(graph["@graph"][0].itemReviewed).toEqual({
      "@type": "Claim",
      appearance: { "@type": "CreativeWork", url: "https://news.example/renault-nissan", headline: article.headline, datePublished: "2019-11-27" },
      author: { "@type": "Person", name: "Jane Doe" },
      datePublished: "2019-11-27",
    });
  });

  it("builds each review's url from the public address, one anchor per claim", () => {
    expect(graph["@graph"][0].url).toBe(`https://news.example/fact-checks/renault-nissan#claim-${claims[0].id}`);
    expect(factCheckPageUrl("https://news.example/checks/", "a b", "c1")).toBe("https://news.example/checks/a%20b#claim-c1");
  });

  it("the validator catches what Google would flag (so the checks above can fail)", () => {
    const bad = { ...graph["@graph"][0], url: "http://localhost:3000/articles/x", reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1 }, notes: "x" };
    expect(validateClaimReview(bad as Node, new URL("http://localhost:3000/"))).toEqual([
      "review.notes is not a documented ClaimReview property",
      "url http://localhost:3000/articles/x is not a public address",
      "reviewRating.alternateName is required",
    ]);
  });
});

describe("findPublicUrlProblem", () => {
  it("refuses local, private and the app's own addresses, and takes a public one", () => {
    expect(findPublicUrlProblem("https://news.example/fact-checks", "http://localhost:3000")).toBeNull();
    for (const value of ["http://localhost:3000/x", "https://127.0.0.1/x", "https://10.0.0.5/", "https://desk.local/", "https://[::1]/", "https://intranet/"]) {
      expect(findPublicUrlProblem(value, null), value).toMatch(/public address/);
    }
    expect(findPublicUrlProblem("https://desk.news.example/checks", "https://desk.news.example")).toMatch(/not this app's address/);
    expect(findPublicUrlProblem("ftp://news.example/", null)).toMatch(/https/);
  });
});
