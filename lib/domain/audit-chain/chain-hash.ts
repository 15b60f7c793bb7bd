// The audit chain's hashes, as the database trigger computes them (migration
// 20261201210000_audit_hash_chain). Each event's content hash is SHA-256 over
// 0x00 + its canonical text; its chain hash is SHA-256 over 0x01 + the previous
// event's chain hash + its own content hash (RFC 6962-style domain separation).
import { createHash } from "node:crypto";
import { toJsonbText } from "./jsonb-text";

export const AUDIT_CHAIN_FORMAT = "factdesk-audit-v1";
export const DESK_CHAIN = "desk";
/** The "previous hash" of a chain's first event. */
export const GENESIS_HASH = "0".repeat(64);

/** One audit event with its place in its chain: the fields the hash covers. */
export type ChainedAuditEvent = {
  id: string;
  chain: string;
  chainSeq: number;
  /** ISO 8601 in UTC with milliseconds, as toISOString() prints it. */
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  articleId: string | null;
  claimId: string | null;
  before: unknown;
  after: unknown;
  /**
   * `before` and `after` exactly as PostgreSQL prints them (jsonb::text), or
   * null. The hash covers these texts, not the parsed values: a number such as
   * 12345678901234567890 has no exact JavaScript value, and re-printing the
   * parsed value would not give back what the database hashed.
   */
  beforeText: string | null;
  afterText: string | null;
  reason: string | null;
  prevHash: string;
  contentHash: string;
  hash: string;
};

export type ChainHead = { chain: string; seq: number; hash: string };

type HashedFields = Omit<ChainedAuditEvent, "prevHash" | "contentHash" | "hash" | "before" | "after">;

/**
 * The text of jsonb_build_array(…) over the event's fields, as the trigger
 * hashes it: scalars printed as jsonb prints them, before/after verbatim.
 */
export function canonicalAuditContent(event: HashedFields): string {
  const scalars = [
    AUDIT_CHAIN_FORMAT,
    event.chain,
    event.chainSeq,
    event.id,
    event.at,
    event.actorId,
    event.actorLabel,
    event.action,
    event.entityType,
    event.entityId,
    event.articleId,
    event.claimId,
  ].map(toJsonbText);
  return `[${[...scalars, event.beforeText ?? "null", event.afterText ?? "null", toJsonbText(event.reason)].join(", ")}]`;
}

export function computeContentHash(event: HashedFields): string {
  return createHash("sha256").update(Buffer.from([0])).update(canonicalAuditContent(event), "utf8").digest("hex");
}

export function computeLinkHash(prevHash: string, contentHash: string): string {
  return createHash("sha256")
    .update(Buffer.from([1]))
    .update(Buffer.from(prevHash, "hex"))
    .update(Buffer.from(contentHash, "hex"))
    .digest("hex");
}

/** The chain an event belongs to: its article's, or the desk's. */
export function chainOf(articleId: string | null): string {
  return articleId ?? DESK_CHAIN;
}

/** The line every export carries: which state of the record it was made from. */
export function describeAuditHead(head: ChainHead): string {
  return `Audit chain head: event ${head.seq} of article ${head.chain}, SHA-256 ${head.hash}`;
}
