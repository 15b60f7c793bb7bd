import { describe, expect, it } from "vitest";
import type { ChainedAuditEvent } from "./chain-hash";
import { ARTICLE, makeChain, reseal } from "./test-chain";
import { createChainVerifier, describeChainProblem, type ExpectedHead } from "./verify-chain";

function verify(events: ChainedAuditEvent[], heads: ExpectedHead[] = []) {
  const verifier = createChainVerifier(heads);
  for (const event of events) verifier.add(event);
  return verifier.finish();
}

describe("createChainVerifier", () => {
  it("passes intact chains and reports their heads", () => {
    const events = [...makeChain(3), ...makeChain(2, "desk")];
    const result = verify(events);
    expect(result.isIntact).toBe(true);
    expect(result.events).toBe(5);
    expect(result.heads).toEqual([
      { chain: ARTICLE, seq: 3, hash: events[2].hash },
      { chain: "desk", seq: 2, hash: events[4].hash },
    ]);
  });

  it("names an edited event", () => {
    const events = makeChain(4);
    events[1] = { ...events[1], actorLabel: "someone-else@factdesk.test" };
    const result = verify(events);
    expect(result.isIntact).toBe(false);
    expect(result.problems[0]).toMatchObject({ eventId: "101", chainSeq: 2 });
    expect(describeChainProblem(result.problems[0])).toContain("was edited");
  });

  it("catches an edit whose hashes were recomputed, at the next event", () => {
    const events = makeChain(4);
    events[1] = reseal({ ...events[1], after: { verdict: "disputed" } });
    const result = verify(events);
    expect(result.problems[0]).toMatchObject({ eventId: "102", chainSeq: 3 });
    expect(result.problems[0].problem).toContain("does not link");
  });

  it("names the event after a deleted one", () => {
    const events = makeChain(4);
    events.splice(1, 1);
    expect(verify(events).problems[0]).toMatchObject({ eventId: "102", problem: expect.stringContaining("missing (deleted)") });
  });

  it("catches two events swapped", () => {
    const events = makeChain(4);
    [events[1], events[2]] = [events[2], events[1]];
    expect(verify(events).isIntact).toBe(false);
  });

  it("catches an event inserted with a forged place in the chain", () => {
    const events = makeChain(3);
    const forged = reseal({ ...events[1], id: "999", chainSeq: 2, action: "claim.delete" });
    events.splice(2, 0, forged);
    expect(verify(events).isIntact).toBe(false);
  });

  it("catches an event filed in another article's chain", () => {
    const events = makeChain(2);
    events[1] = reseal({ ...events[1], articleId: "another" });
    expect(verify(events).problems[0].problem).toContain("belongs to chain another");
  });

  it("checks heads recorded elsewhere, including a head past a cut-short end", () => {
    const events = makeChain(3);
    const recorded = { chain: ARTICLE, seq: 2, hash: events[1].hash, recordedBy: "sign-off s1" };
    expect(verify(events, [recorded]).isIntact).toBe(true);
    expect(verify(events, [{ ...recorded, hash: "f".repeat(64) }]).problems[0].problem).toContain("sign-off s1");
    expect(verify(events.slice(0, 1), [recorded]).problems[0].problem).toContain("events were deleted");
  });

  it("checks the head a sign-off event recorded against the chain before it", () => {
    const events = makeChain(3, ARTICLE, (index) => (index === 2 ? { action: "article.sign-off", after: { auditHead: { seq: 2, hash: "0".repeat(64) } } } : {}));
    const result = verify(events);
    expect(result.problems[0]).toMatchObject({ chainSeq: 3, problem: expect.stringContaining("no longer has") });
  });
});
