// Builds valid chains for the verifier's tests.
import { computeContentHash, computeLinkHash, GENESIS_HASH, type ChainedAuditEvent } from "./chain-hash";
import { toJsonbText } from "./jsonb-text";

export const ARTICLE = "0b8f6c9e-2f1a-4c3e-9d7b-5a4e3c2b1a00";

export function makeChain(count: number, chain = ARTICLE, edit: (index: number) => Partial<ChainedAuditEvent> = () => ({})): ChainedAuditEvent[] {
  const events: ChainedAuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let index = 0; index < count; index++) {
    const base = {
      id: String(100 + index),
      chain,
      chainSeq: index + 1,
      at: new Date(Date.UTC(2026, 11, 1, 10, 0, index)).toISOString(),
      actorId: null,
      actorLabel: "editor@factdesk.test",
      action: "claim.set-verdict",
      entityType: "claim",
      entityId: `claim-${index}`,
      articleId: chain === "desk" ? null : chain,
      claimId: null,
      before: { verdict: "pending" },
      after: { verdict: "verified", note: `n${index}` },
      reason: null,
      ...edit(index),
    };
    const withTexts = { ...base, beforeText: toJsonbText(base.before), afterText: toJsonbText(base.after), ...pickTexts(edit(index)) };
    const contentHash = computeContentHash(withTexts);
    const hash = computeLinkHash(prevHash, contentHash);
    events.push({ ...withTexts, prevHash, contentHash, hash });
    prevHash = hash;
  }
  return events;
}

function pickTexts(edit: Partial<ChainedAuditEvent>): Partial<ChainedAuditEvent> {
  return {
    ...("beforeText" in edit ? { beforeText: edit.beforeText } : {}),
    ...("afterText" in edit ? { afterText: edit.afterText } : {}),
  };
}

/** Recomputes an event's own hashes after a change, as a careful forger would (texts follow the values). */
export function reseal(event: ChainedAuditEvent): ChainedAuditEvent {
  const texts = { beforeText: toJsonbText(event.before), afterText: toJsonbText(event.after) };
  const contentHash = computeContentHash({ ...event, ...texts });
  return { ...event, ...texts, contentHash, hash: computeLinkHash(event.prevHash, contentHash) };
}
