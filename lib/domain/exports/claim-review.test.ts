import { describe, expect, it } from "vitest";
import { buildClaimReviews, CLAIM_REVIEW_SCALE, serializeJsonLd } from "./claim-review";
import { makeArticle, makeClaim } from "./test-fixtures";

const TEXT = "The government owns a majority 15% of Renault. Nissan holds 15%. Ghosn was arrested in 2018.";
const article = makeArticle(TEXT);
const claims = [
  makeClaim(TEXT, "Ghosn was arrested in 2018", { verdict: "disputed", correction: null, restated: "" }),
  makeClaim(TEXT, "owns a majority 15%", { restated: "The French government owns a majority of Renault." }),
  makeClaim(TEXT, "Nissan holds 15%", { verdict: "verified", correction: null, verdictSetAt: null }),
  makeClaim(TEXT, "Renault", { verdict: "pending" }),
  makeClaim(TEXT, "The government", { verdict: "verified", isOrphaned: true }),
];
const options = {
  organisation: { name: "Example Fact Desk", url: "https://desk.example" },
  reviewUrl: (claim: { id: string }) => `https://desk.example/reviews/${claim.id}`,
};

describe("buildClaimReviews", () => {
  const reviews = buildClaimReviews(article, claims, options);

  it("makes one review per checked claim, in reading order, leaving out pending and orphaned ones", () => {
    expect(reviews.map((review) => review.reviewRating.alternateName)).toEqual(["False", "True", "Disputed"]);
  });

  it("fills the required ClaimReview fields", () => {
    expect(reviews[0]).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `https://desk.example/reviews/${claims[1].id}`,
      claimReviewed: "The French government owns a majority of Renault.",
      datePublished: "2026-11-20",
      author: { "@type": "Organization", name: "Example Fact Desk", url: "https://desk.example/" },
      reviewBody: "The record says otherwise.",
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False", ratingExplanation: "The record says otherwise." },
      itemReviewed: {
        "@type": "Claim",
        appearance: {
          "@type": "CreativeWork",
          url: "https://news.example/renault-nissan",
          headline: "Renault and Nissan: the alliance",
          datePublished: "2019-11-27",
        },
        author: { "@type": "Person", name: "Jane Doe" },
        datePublished: "2019-11-27",
      },
    });
  });

  it("falls back to the quote, leaves out unknown dates and follows the published scale", () => {
    expect(reviews[2].claimReviewed).toBe("Ghosn was arrested in 2018");
    expect(reviews[1].datePublished).toBeUndefined();
    expect(reviews[1].reviewRating.ratingValue).toBe(CLAIM_REVIEW_SCALE.ratings.verified.ratingValue);
    expect(reviews[2].reviewRating.ratingValue).toBe(2);
  });

  it("types a byline equal to the publication as an Organization and omits what the article lacks", () => {
    const [review] = buildClaimReviews(
      makeArticle(TEXT, { byline: "By Reuters", publication: "Reuters", originalUrl: null, publishedAt: null }),
      [claims[1]],
      { ...options, reviewUrl: "https://desk.example/review" },
    );
    expect(review.url).toBe("https://desk.example/review");
    expect(review.itemReviewed).toEqual({ "@type": "Claim", author: { "@type": "Organization", name: "Reuters" } });
  });
});

describe("serializeJsonLd", () => {
  it("cannot close a script element", () => {
    const json = serializeJsonLd({ claimReviewed: "</script><script>alert(1)</script> & more" });
    expect(json).not.toMatch(/<|>|&/);
    expect(JSON.parse(json)).toEqual({ claimReviewed: "</script><script>alert(1)</script> & more" });
  });
});
