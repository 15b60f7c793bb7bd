// Sources as evidence (product.md, "Sources and evidence"): edit, duplicates,
// merge, and evidence snapshots stored with their SHA-256.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportArticle } from "@/lib/server/exports/export-article";
import { addEvidence } from "@/lib/server/sources/add-evidence";
import { createSource } from "@/lib/server/sources/create-source";
import { getEvidenceFile } from "@/lib/server/sources/get-evidence-file";
import { mergeSources } from "@/lib/server/sources/merge-sources";
import { updateSource } from "@/lib/server/sources/update-source";
import { makeCitation, makeSource, makeSourcedClaim } from "../support/claim-factories";
import { makeUser } from "../support/factories";

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
const unique = () => Math.random().toString(36).slice(2, 10);

describe("library sources", () => {
  it("refuse the same page twice (normalized), naming the source to reuse", async () => {
    const editor = await makeUser("editor");
    const path = unique();
    const first = await createSource({ actor: editor, input: { url: `https://www.Renault.example/${path}/`, title: "Shareholding", kind: "primary_document", accessedAt: "2026-11-01" } });
    const again = createSource({ actor: editor, input: { url: `https://renault.example/${path}?utm_source=mail#top`, title: "Again", kind: "news_report", accessedAt: "2026-11-01" } });
    await expect(again).rejects.toMatchObject({ code: "CONFLICT", details: { current: { id: first.id } }, fieldErrors: { url: [expect.stringContaining("Shareholding")] } });
  });

  it("have no default kind", async () => {
    const editor = await makeUser("editor");
    await expect(createSource({ actor: editor, input: { url: `https://x.example/${unique()}`, title: "T", accessedAt: "2026-11-01" } }))
      .rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { kind: expect.any(Array) } });
  });

  it("are edited with an audit event of what changed", async () => {
    const editor = await makeUser("editor");
    const source = await makeSource(editor);
    await updateSource({ actor: editor, input: { sourceId: source.id, url: source.url, title: "Renault annual report 2018", publisher: "Renault", kind: "primary_document", accessedAt: "2024-01-02" } });
    const [event] = await db.auditEvent.findMany({ where: { entityId: source.id, action: "source.update" } });
    expect(event.before).toMatchObject({ title: source.title, publisher: "Example Publisher" });
    expect(event.after).toMatchObject({ title: "Renault annual report 2018", publisher: "Renault" });
  });

  it("merge: citations and evidence move to the kept source, the duplicate goes, both audited", async () => {
    const editor = await makeUser("editor");
    const { claim, source: duplicate } = await makeSourcedClaim(editor);
    const kept = await makeSource(editor);
    const other = await makeSourcedClaim(editor);
    await makeCitation(editor, other.claim.id, kept.id); // cites both: the duplicate citation is dropped
    await makeCitation(editor, other.claim.id, duplicate.id);
    await addEvidence({ actor: editor, input: { sourceId: duplicate.id, excerpt: "Held 15.01%." } });
    const result = await mergeSources({ actor: editor, input: { keepSourceId: kept.id, mergeSourceId: duplicate.id } });
    expect(result).toMatchObject({ keptSourceId: kept.id, articles: 2 });
    expect(await db.source.count({ where: { id: duplicate.id } })).toBe(0);
    expect((await db.claimSource.findMany({ where: { claimId: claim.id } })).map((link) => link.sourceId)).toEqual([kept.id]);
    expect((await db.claimSource.findMany({ where: { claimId: other.claim.id, sourceId: kept.id } }))).toHaveLength(1);
    expect(await db.evidenceSnapshot.count({ where: { sourceId: kept.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: kept.id, action: "source.merge" } })).toBe(3);
  });
});

describe("evidence snapshots", () => {
  it("store a file typed by its bytes with its SHA-256, served back byte for byte, and listed in the report", async () => {
    const editor = await makeUser("editor");
    const { article, source } = await makeSourcedClaim(editor, { verdict: "verified" });
    const evidence = await addEvidence({ actor: editor, input: { sourceId: source.id, capturedAt: "2026-11-20" }, file: { fileName: "annual-report.pdf", bytes: PDF } });
    const sha256 = createHash("sha256").update(PDF).digest("hex");
    expect(evidence).toMatchObject({ kind: "file", contentType: "application/pdf", byteSize: PDF.byteLength, sha256, capturedAt: new Date("2026-11-20T00:00:00Z") });
    const file = await getEvidenceFile({ actor: await makeUser("viewer"), input: { evidenceId: evidence.id } });
    expect(Buffer.from(file.content).equals(Buffer.from(PDF))).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: source.id, action: "source.add-evidence" } })).toBe(1);
    const report = await exportArticle({ actor: editor, articleRef: article.id, input: { format: "report-html" }, baseUrl: "http://desk.example" });
    expect(report.body).toContain(`SHA-256 <code>${sha256}</code>`);
  });

  it("refuse a file whose bytes are not an accepted type (whatever its name), an oversized one, and nothing at all", async () => {
    const editor = await makeUser("editor");
    const source = await makeSource(editor);
    const script = new TextEncoder().encode("<script>alert(1)</script>");
    await expect(addEvidence({ actor: editor, input: { sourceId: source.id }, file: { fileName: "report.pdf", bytes: script } }))
      .rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { file: [expect.stringMatching(/not a PDF/)] } });
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(PDF);
    await expect(addEvidence({ actor: editor, input: { sourceId: source.id }, file: { fileName: "big.pdf", bytes: huge } }))
      .rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { file: [expect.stringMatching(/limited to/)] } });
    await expect(addEvidence({ actor: editor, input: { sourceId: source.id } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(addEvidence({ actor: await makeUser("viewer"), input: { sourceId: source.id, excerpt: "x" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.evidenceSnapshot.count({ where: { sourceId: source.id } })).toBe(0);
  });
});
