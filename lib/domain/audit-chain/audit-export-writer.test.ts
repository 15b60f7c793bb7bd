import { describe, expect, it } from "vitest";
import { buildAuditExportDocument, type ExportedAuditEvent } from "./audit-export-document";
import { createAuditExportWriter } from "./audit-export-writer";
import { GENESIS_HASH } from "./chain-hash";
import { ARTICLE, makeChain } from "./test-chain";

const awkward = (index: number) => ({
  before: index % 2 ? null : { text: 'a, "b"\nc 🚗 </script>', n: 1e21, tiny: 0.000001, list: [1, { z: 2, aa: [] }], empty: {} },
  reason: index % 3 ? null : "line\u2028sep",
});

function inMemory(events: ExportedAuditEvent[], notice: string | null) {
  const head = events.length ? { chain: ARTICLE, seq: events.length, hash: events.at(-1)!.hash } : { chain: ARTICLE, seq: 0, hash: GENESIS_HASH };
  const document = buildAuditExportDocument({ notice, article: { id: ARTICLE, headline: 'Renault, "Nissan" 🚗' }, head, events });
  return { head, text: `${JSON.stringify(document, null, 2)}\n` };
}

function streamed(events: ExportedAuditEvent[], notice: string | null, head: ReturnType<typeof inMemory>["head"], batch: number) {
  const writer = createAuditExportWriter({ notice, article: { id: ARTICLE, headline: 'Renault, "Nissan" 🚗' }, head });
  let text = writer.opening;
  for (let start = 0; start < events.length; start += batch) text += writer.events(events.slice(start, start + batch));
  return text + writer.closing();
}

describe("createAuditExportWriter", () => {
  it("writes the in-memory document's bytes, seal included, for any batching", () => {
    for (const count of [0, 1, 2, 7]) {
      const events = makeChain(count, ARTICLE, awkward).map((event, index) => ({ ...event, actorName: index % 2 ? null : "Zoë, “Ed”" }));
      for (const notice of [null, "NOT SIGNED OFF"]) {
        const reference = inMemory(events, notice);
        for (const batch of [1, 3, 100]) expect(streamed(events, notice, reference.head, batch)).toBe(reference.text);
      }
    }
  });
});
