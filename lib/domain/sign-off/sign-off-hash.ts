// The fingerprint a sign-off records: SHA-256 over the revision text, the
// article's details (product.md, "Sign-off") and every claim's state. The same state always gives the same hash (claims sorted by id,
// sources sorted, fields in a fixed order), and any change to the text or to any
// claim gives another one, which is how a later change voids the sign-off.
import { sha256Hex } from "../hashing";
import type { Verdict } from "../verdicts";

/** Bumped if the serialisation ever changes, so old and new hashes never collide. */
export const SIGN_OFF_HASH_FORMAT = "factdesk-sign-off-v2"; // v2: the article details are covered

export type SignOffHashClaim = {
  id: string;
  start: number;
  end: number;
  exact: string;
  /** Included because the report and ClaimReview print it: it is part of what was approved. */
  restated: string;
  verdict: Verdict;
  correction: string | null;
  rationale: string | null;
  isOrphaned: boolean;
  version: number;
  /** Excerpts are left out: linking or unlinking a source bumps the claim's version anyway. */
  sources: readonly { sourceId: string; stance: string }[];
};

/** What the exports print about the article: editing any of it changes what was approved. */
export type SignOffHashDetails = {
  headline: string;
  byline: string | null;
  publication: string | null;
  originalUrl: string | null;
  publishedAt: Date | null;
};

export type SignOffHashInput = {
  revisionText: string;
  details: SignOffHashDetails;
  claims: readonly SignOffHashClaim[];
};

export function computeSignOffHash(input: SignOffHashInput): string {
  return sha256Hex(serializeSignOffState(input));
}

/**
 * Arrays, not objects: their order is fixed by this code, never by how a caller
 * happened to build its objects. JSON string escaping keeps fields apart, so no
 * two different states serialise alike.
 */
export function serializeSignOffState(input: SignOffHashInput): string {
  const claims = [...input.claims].sort((a, b) => compareStrings(a.id, b.id)).map((claim) => [
    claim.id,
    claim.start,
    claim.end,
    claim.exact,
    claim.restated,
    claim.verdict,
    claim.correction ?? null,
    claim.rationale ?? null,
    claim.isOrphaned,
    claim.version,
    [...claim.sources]
      .sort((a, b) => compareStrings(a.sourceId, b.sourceId) || compareStrings(a.stance, b.stance))
      .map((source) => [source.sourceId, source.stance]),
  ]);
  const { details } = input;
  const detailFields = [details.headline, details.byline ?? null, details.publication ?? null, details.originalUrl ?? null, details.publishedAt?.toISOString() ?? null];
  return JSON.stringify([SIGN_OFF_HASH_FORMAT, input.revisionText, detailFields, claims]);
}

// Code-unit order, not localeCompare: the hash must not depend on the server's locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
