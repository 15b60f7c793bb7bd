import { describe, expect, it } from "vitest";
import { buildAuditExportDocument, verifyAuditExport } from "./audit-export-document";
import { ARTICLE, makeChain } from "./test-chain";

function exportText() {
  const events = makeChain(3).map((event) => ({ ...event, actorName: "Ann Editor" }));
  const document = buildAuditExportDocument({
    notice: null,
    article: { id: ARTICLE, headline: "Renault" },
    head: { chain: ARTICLE, seq: 3, hash: events[2].hash },
    events,
  });
  return JSON.stringify(document, null, 2);
}

describe("verifyAuditExport", () => {
  it("passes an export as written", () => {
    expect(verifyAuditExport(exportText())).toMatchObject({ isIntact: true, events: 3, problems: [] });
  });

  it("fails when any field was changed, covered by an event hash or only by the seal", () => {
    const edits: ((doc: ReturnType<typeof JSON.parse>) => void)[] = [
      (doc) => { doc.article.headline = "Nissan"; },
      (doc) => { doc.notice = "NOT SIGNED OFF"; },
      (doc) => { doc.events[0].actorName = "Someone"; },
      (doc) => { doc.events[1].after.verdict = "disputed"; },
      (doc) => { doc.events[2].at = "2026-12-01T11:00:00.000Z"; },
      (doc) => { doc.head.seq = 2; },
      (doc) => { doc.events.pop(); },
    ];
    for (const edit of edits) {
      const doc = JSON.parse(exportText());
      edit(doc);
      expect(verifyAuditExport(JSON.stringify(doc)).isIntact).toBe(false);
    }
  });

  it("fails on a file that is not an export", () => {
    expect(verifyAuditExport("{not json").problems[0]).toBe("The file is not JSON.");
    expect(verifyAuditExport('{"events": []}').isIntact).toBe(false);
  });
});
