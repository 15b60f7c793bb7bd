// The audit JSON export: an article's whole chain, every field the hashes
// cover, and the head it was made from, so `npm run audit:verify -- --file`
// can check it offline. The seal (SHA-256 over the canonical text of the rest
// of the document) catches a changed field that no event hash covers, such as
// the headline or an actor's display name. It is not a signature: whoever
// changes a file can recompute it — what proves a trail is its head, compared
// with a head kept elsewhere (a sign-off, an earlier export).
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { ChainedAuditEvent, ChainHead } from "./chain-hash";
import { toJsonbText } from "./jsonb-text";
import { createChainVerifier, describeChainProblem } from "./verify-chain";

export const AUDIT_EXPORT_FORMAT = "factdesk-audit-export-v1" as const;

export type ExportedAuditEvent = ChainedAuditEvent & { actorName: string | null };

export type AuditExportDocument = {
  format: typeof AUDIT_EXPORT_FORMAT;
  /** Null once the article is signed off; otherwise says it is not. */
  notice: string | null;
  article: { id: string; headline: string };
  head: ChainHead;
  events: ExportedAuditEvent[];
  seal: string;
};

export function buildAuditExportDocument(input: Omit<AuditExportDocument, "format" | "seal">): AuditExportDocument {
  const unsealed = { format: AUDIT_EXPORT_FORMAT, ...input } as const;
  return { ...unsealed, seal: computeSeal(unsealed) };
}

export function computeSeal(unsealed: Omit<AuditExportDocument, "seal">): string {
  return createHash("sha256").update(Buffer.from([2])).update(toJsonbText(unsealed), "utf8").digest("hex");
}

export type AuditFileVerification = { isIntact: boolean; events: number; head: ChainHead | null; problems: string[] };

/** Verifies an audit JSON export without a database. */
export function verifyAuditExport(text: string): AuditFileVerification {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return failed("The file is not JSON.");
  }
  if (!isExportDocument(parsed)) return failed(`The file is not a factdesk audit export (${AUDIT_EXPORT_FORMAT}).`);
  const { seal, ...unsealed } = parsed;
  const problems: string[] = [];
  if (computeSeal(unsealed) !== seal) problems.push("The file was changed after export: its seal does not match its content.");
  const verifier = createChainVerifier([{ ...parsed.head, recordedBy: "the export's head" }]);
  for (const event of parsed.events) {
    if (event.chain !== parsed.article.id) problems.push(`Event ${event.id} is not on article ${parsed.article.id}'s chain.`);
    // The hash covers the exact texts; the readable values must say the same.
    if (!matchesText(event.before, event.beforeText) || !matchesText(event.after, event.afterText)) {
      problems.push(`Event ${event.id}'s before/after no longer match the text its hash covers.`);
    }
    verifier.add(event);
  }
  const result = verifier.finish();
  problems.push(...result.problems.map(describeChainProblem));
  const last = result.heads.at(-1);
  if (last && (last.seq !== parsed.head.seq || last.hash !== parsed.head.hash)) {
    problems.push(`The chain ends at position ${last.seq}, not at the export's head (${parsed.head.seq}).`);
  }
  return { isIntact: problems.length === 0, events: result.events, head: parsed.head, problems };
}

function matchesText(value: unknown, text: string | null): boolean {
  if (text === null) return value === null;
  try {
    return isDeepStrictEqual(JSON.parse(text), value);
  } catch {
    return false;
  }
}

function failed(problem: string): AuditFileVerification {
  return { isIntact: false, events: 0, head: null, problems: [problem] };
}

function isExportDocument(value: unknown): value is AuditExportDocument {
  if (!value || typeof value !== "object") return false;
  const doc = value as Partial<AuditExportDocument>;
  return doc.format === AUDIT_EXPORT_FORMAT && typeof doc.seal === "string" && Array.isArray(doc.events)
    && !!doc.head && typeof doc.head.seq === "number" && typeof doc.head.hash === "string"
    && !!doc.article && typeof doc.article.id === "string"
    && doc.events.every(isChainedEvent);
}

const STRING_FIELDS = ["id", "chain", "at", "actorLabel", "action", "entityType", "entityId", "prevHash", "contentHash", "hash"] as const;
const NULLABLE_STRING_FIELDS = ["actorId", "articleId", "claimId", "reason", "actorName", "beforeText", "afterText"] as const;

function isChainedEvent(value: unknown): value is ExportedAuditEvent {
  if (!value || typeof value !== "object") return false;
  const event = value as Record<string, unknown>;
  return STRING_FIELDS.every((field) => typeof event[field] === "string")
    && NULLABLE_STRING_FIELDS.every((field) => event[field] === null || typeof event[field] === "string")
    && typeof event.chainSeq === "number" && "before" in event && "after" in event;
}
