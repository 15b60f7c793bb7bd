// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the markup
// search engines and fact-check aggregators read, for every checked claim.
import type { Verdict } from "../verdicts";
import { sortClaimsForReading, type ExportArticle, type ExportClaim } from "./export-types";
import { collapseWhitespace, toIsoDay, toSafeHttpUrl } from "./text-format";

/**
 * The rating scale: the common five-point truth scale (1 = false … 5 = true)
 * that aggregators already understand, so our numbers compare with other desks'.
 * - verified → 5 "True": sources confirm the claim as published.
 * - disputed → 2 "Disputed": the desk doubts it and says why, but has not shown
 *   it false; it sits below the midpoint because the evidence leans against it.
 * - corrected → 1 "False": the published words were wrong and were changed.
 * 3 and 4 are unused but keep the scale standard.
 */
export const CLAIM_REVIEW_SCALE = {
  bestRating: 5,
  worstRating: 1,
  ratings: {
    verified: { ratingValue: 5, alternateName: "True" },
    disputed: { ratingValue: 2, alternateName: "Disputed" },
    corrected: { ratingValue: 1, alternateName: "False" },
  },
} as const satisfies {
  bestRating: number;
  worstRating: number;
  ratings: Record<Exclude<Verdict, "pending">, { ratingValue: number; alternateName: string }>;
};

type JsonLdAgent = { "@type": "Person" | "Organization"; name: string; url?: string };

export type ClaimReviewJsonLd = {
  "@context"?: "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  /** The desk's rationale, in full. */
  reviewBody?: string;
  datePublished?: string;
  author: JsonLdAgent & { "@type": "Organization" };
  reviewRating: {
    "@type": "Rating";
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
    /** One or two sentences on why: the rationale, shortened. */
    ratingExplanation?: string;
  };
  itemReviewed: {
    "@type": "Claim";
    appearance?: { "@type": "CreativeWork"; url: string; headline: string; datePublished?: string };
    author?: JsonLdAgent;
    datePublished?: string;
  };
};

export type ClaimReviewOptions = {
  /** The fact-checking organisation (DeskSettings.organisationName / organisationUrl). */
  organisation: { name: string; url?: string | null };
  /** Where the review is published: one URL, or one per claim. */
  reviewUrl: string | ((claim: ExportClaim) => string);
  /** How to type the byline; default Organization when it equals the publication, else Person. */
  bylineType?: "Person" | "Organization";
};

export type ClaimReviewArticle = Pick<ExportArticle, "headline" | "byline" | "publication" | "originalUrl" | "publishedAt">;

/** One ClaimReview per checked claim (not pending, not orphaned), in reading order. */
export function buildClaimReviews(
  article: ClaimReviewArticle,
  claims: readonly ExportClaim[],
  options: ClaimReviewOptions,
): ClaimReviewJsonLd[] {
  return sortClaimsForReading(claims).flatMap((claim) => {
    const review = buildClaimReview(article, claim, options);
    return review ? [review] : [];
  });
}

export function buildClaimReview(
  article: ClaimReviewArticle,
  claim: ExportClaim,
  options: ClaimReviewOptions,
): ClaimReviewJsonLd | null {
  if (claim.verdict === "pending" || claim.isOrphaned) return null;
  const rating = CLAIM_REVIEW_SCALE.ratings[claim.verdict];
  const organisationUrl = toSafeHttpUrl(options.organisation.url);
  const review: ClaimReviewJsonLd = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: typeof options.reviewUrl === "string" ? options.reviewUrl : options.reviewUrl(claim),
    // The restated claim is what was checked; the quote stands in when nobody restated it.
    claimReviewed: collapseWhitespace(claim.restated) || collapseWhitespace(claim.exact),
    author: { "@type": "Organization", name: options.organisation.name, ...(organisationUrl ? { url: organisationUrl } : {}) },
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating.ratingValue,
      bestRating: CLAIM_REVIEW_SCALE.bestRating,
      worstRating: CLAIM_REVIEW_SCALE.worstRating,
      alternateName: rating.alternateName,
    },
    itemReviewed: describeItemReviewed(article, options),
  };
  if (claim.verdictSetAt) review.datePublished = toIsoDay(claim.verdictSetAt);
  const rationale = collapseWhitespace(claim.rationale ?? "");
  if (rationale) {
    review.reviewBody = rationale;
    review.reviewRating.ratingExplanation = shortenExplanation(rationale);
  }
  return review;
}

export type ClaimReviewGraph = { "@context": "https://schema.org"; "@graph": ClaimReviewJsonLd[] };

/**
 * Every review as one JSON-LD document ({"@context", "@graph": […]}), ready to
 * paste into a `<script type="application/ld+json">` on the public page.
 */
export function buildClaimReviewGraph(
  article: ClaimReviewArticle,
  claims: readonly ExportClaim[],
  options: ClaimReviewOptions,
): ClaimReviewGraph {
  return { "@context": "https://schema.org", "@graph": buildClaimReviews(article, claims, options).map(toGraphNode) };
}

/** A review as a node of the graph: the graph's context covers every node. */
export function toGraphNode(review: ClaimReviewJsonLd): ClaimReviewJsonLd {
  const inGraph = { ...review };
  delete inGraph["@context"];
  return inGraph;
}

export type ClaimReviewGraphWriter = {
  readonly opening: string;
  /** These claims' reviews (in reading order, after those written so far); unchecked claims write nothing. */
  claims(batch: readonly ExportClaim[]): string;
  closing(): string;
};

const GRAPH_MARKER = "\u0000factdesk-graph\u0000";
const NODE_INDENT = "    "; // a node of "@graph", two levels deep

/**
 * The graph a batch of claims at a time, for the streamed download: the same
 * bytes as serializeJsonLd(buildClaimReviewGraph(…)) when fed the claims in
 * reading order. The escaping is one character at a time, so it applies to the
 * pieces as it would to the whole.
 */
export function createClaimReviewGraphWriter(article: ClaimReviewArticle, options: ClaimReviewOptions): ClaimReviewGraphWriter {
  const layout = serializeJsonLd({ "@context": "https://schema.org", "@graph": [GRAPH_MARKER] });
  const at = layout.indexOf(JSON.stringify(GRAPH_MARKER));
  const before = layout.slice(0, at);
  const after = layout.slice(at + JSON.stringify(GRAPH_MARKER).length);
  let written = 0;
  return {
    opening: before.slice(0, before.lastIndexOf("[") + 1),
    claims(batch) {
      let out = "";
      for (const claim of batch) {
        const review = buildClaimReview(article, claim, options);
        if (!review) continue;
        out += `${written > 0 ? "," : ""}\n${NODE_INDENT}${serializeJsonLd(toGraphNode(review)).replace(/\n/g, `\n${NODE_INDENT}`)}`;
        written++;
      }
      return out;
    },
    closing: () => (written > 0 ? after : after.replace(/^\n */, "")),
  };
}

// schema.org: "a short explanation (e.g. one to two sentences)".
const MAX_EXPLANATION = 300;

function shortenExplanation(rationale: string): string {
  const sentences = rationale.match(/[^.!?]+[.!?]+(\s|$)/g);
  const two = sentences ? sentences.slice(0, 2).join("").trim() : rationale;
  const text = two.length > 0 ? two : rationale;
  return text.length <= MAX_EXPLANATION ? text : `${text.slice(0, MAX_EXPLANATION - 1).trimEnd()}…`;
}

/**
 * JSON for a `<script type="application/ld+json">` element: "<", ">" and "&"
 * are written as \u escapes so that text such as "</script>" in a claim cannot
 * close the element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function describeItemReviewed(article: ClaimReviewArticle, options: ClaimReviewOptions): ClaimReviewJsonLd["itemReviewed"] {
  const item: ClaimReviewJsonLd["itemReviewed"] = { "@type": "Claim" };
  const published = article.publishedAt ? toIsoDay(article.publishedAt) : undefined;
  const url = toSafeHttpUrl(article.originalUrl);
  if (url) {
    item.appearance = { "@type": "CreativeWork", url, headline: article.headline, ...(published ? { datePublished: published } : {}) };
  }
  const name = article.byline?.trim().replace(/^by\s+/i, "");
  if (name) {
    const isOrganisation = name.toLowerCase() === article.publication?.trim().toLowerCase();
    item.author = { "@type": options.bylineType ?? (isOrganisation ? "Organization" : "Person"), name };
  }
  if (published) item.datePublished = published;
  return item;
}
