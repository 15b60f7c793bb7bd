// Checks audit chains event by event, in (chain, chainSeq) order, without
// holding a chain in memory: millions of events stream through. It finds an
// event that was edited (its content no longer gives its hash), deleted (a gap
// or a broken link), inserted or reordered (a broken link, or an event filed in
// a chain that is not its article's), and heads recorded elsewhere (sign-offs,
// exports) that the chain no longer contains.
import { chainOf, DESK_CHAIN, computeContentHash, computeLinkHash, GENESIS_HASH, type ChainedAuditEvent, type ChainHead } from "./chain-hash";

export type ChainProblem = { eventId: string | null; chain: string; chainSeq: number; problem: string };

/** A head that must still be in the chain, with who recorded it ("sign-off 1f…"). */
export type ExpectedHead = ChainHead & { recordedBy: string };

export type ChainVerification = {
  isIntact: boolean;
  events: number;
  chains: number;
  problems: ChainProblem[];
  heads: ChainHead[];
};

const MAX_PROBLEMS = 100;

export function createChainVerifier(expectedHeads: readonly ExpectedHead[] = []) {
  const expected = new Map(expectedHeads.map((head) => [`${head.chain}\u0000${head.seq}`, head]));
  const problems: ChainProblem[] = [];
  const heads: ChainHead[] = [];
  const finishedChains = new Set<string>();
  let current: ChainHead | null = null;
  // The current chain's hashes by position, to check the heads its sign-off
  // events recorded. Only article chains: the desk chain has no sign-offs.
  let seenHashes: string[] = [];
  let events = 0;

  const report = (event: ChainedAuditEvent | null, chain: string, chainSeq: number, problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ eventId: event?.id ?? null, chain, chainSeq, problem });
  };

  function add(event: ChainedAuditEvent): void {
    events++;
    if (!current || current.chain !== event.chain) {
      if (current) {
        heads.push(current);
        finishedChains.add(current.chain);
      }
      if (finishedChains.has(event.chain)) report(event, event.chain, event.chainSeq, "is out of order: its chain appeared earlier in the trail");
      current = { chain: event.chain, seq: 0, hash: GENESIS_HASH };
      seenHashes = [];
    }
    const previous: ChainHead = current;
    checkEvent(event, previous);
    const recorded = expected.get(`${event.chain}\u0000${event.chainSeq}`);
    if (recorded && recorded.hash !== event.hash) {
      report(event, event.chain, event.chainSeq, `differs from the head ${recorded.recordedBy} recorded (hash ${short(recorded.hash)}, now ${short(event.hash)})`);
    }
    checkRecordedHead(event);
    if (event.chain !== DESK_CHAIN) seenHashes[event.chainSeq] = event.hash;
    current = { chain: event.chain, seq: event.chainSeq, hash: event.hash };
  }

  /** A sign-off event names the head it covered; the chain must still have it there. */
  function checkRecordedHead(event: ChainedAuditEvent): void {
    const head = readRecordedHead(event.after);
    if (!head || event.chain === DESK_CHAIN) return;
    if (seenHashes[head.seq] !== head.hash) {
      report(event, event.chain, event.chainSeq, `records the head at position ${head.seq} (hash ${short(head.hash)}), which the chain no longer has`);
    }
  }

  function checkEvent(event: ChainedAuditEvent, previous: ChainHead): void {
    const where = (problem: string) => report(event, event.chain, event.chainSeq, problem);
    if (chainOf(event.articleId) !== event.chain) where(`belongs to chain ${chainOf(event.articleId)}, not ${event.chain}: it was moved or inserted`);
    if (computeContentHash(event) !== event.contentHash) where("was edited: its content no longer matches its content hash");
    else if (computeLinkHash(event.prevHash, event.contentHash) !== event.hash) where("was edited: its chain hash does not follow from its content");
    if (event.chainSeq !== previous.seq + 1) {
      where(event.chainSeq > previous.seq + 1
        ? `follows event ${previous.seq}: ${event.chainSeq - previous.seq - 1} event(s) before it are missing (deleted)`
        : `repeats or reorders position ${event.chainSeq} after ${previous.seq}`);
    } else if (event.prevHash !== previous.hash) {
      where("does not link to the event before it: an earlier event was edited, deleted, inserted or reordered");
    }
  }

  function finish(): ChainVerification {
    if (current) heads.push(current);
    const lastSeq = new Map(heads.map((head) => [head.chain, head.seq]));
    for (const head of expected.values()) {
      const last = lastSeq.get(head.chain) ?? 0;
      if (head.seq > last) report(null, head.chain, head.seq, `is missing: ${head.recordedBy} recorded a head at position ${head.seq}, the chain ends at ${last} (events were deleted)`);
    }
    return { isIntact: problems.length === 0, events, chains: heads.length, problems, heads };
  }

  return { add, finish };
}

function readRecordedHead(after: unknown): { seq: number; hash: string } | null {
  if (!after || typeof after !== "object") return null;
  const head = (after as { auditHead?: unknown }).auditHead;
  if (!head || typeof head !== "object") return null;
  const { seq, hash } = head as { seq?: unknown; hash?: unknown };
  return typeof seq === "number" && typeof hash === "string" && seq > 0 ? { seq, hash } : null;
}

function short(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}

/** One line per problem, for the CLI and the admin page. */
export function describeChainProblem(problem: ChainProblem): string {
  const chain = problem.chain === "desk" ? "the desk chain" : `article ${problem.chain}`;
  const event = problem.eventId ? `event ${problem.eventId} (position ${problem.chainSeq} in ${chain})` : `position ${problem.chainSeq} in ${chain}`;
  return `${event} ${problem.problem}.`;
}
