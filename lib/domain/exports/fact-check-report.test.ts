import { describe, expect, it } from "vitest";
import { VERDICT_COLOURS } from "../verdict-colours";
import { NOT_SIGNED_OFF_BANNER, type ExportSource } from "./export-types";
import { renderFactCheckReportCsv, renderFactCheckReportHtml } from "./fact-check-report";
import { makeArticle, makeClaim } from "./test-fixtures";

const TEXT = "The government owns a majority 15% of Renault.\n\nNissan holds 15%, the report says.";
const source: ExportSource = {
  title: "Renault annual report, \"2018\"",
  url: "https://group.renault.com/report.pdf",
  publisher: "Renault",
  kind: "primary_document",
  excerpt: "The French State holds 15.01%\nof the share capital.",
  stance: "contradicts",
};
const claims = [
  makeClaim(TEXT, "Nissan holds 15%", {
    verdict: "verified",
    correction: null,
    rationale: null,
    restated: "=Nissan holds 15% of Renault",
    sources: [{ ...source, url: "javascript:alert(1)", title: "<script>x</script>", stance: "supports" }],
  }),
  makeClaim(TEXT, "owns a majority 15%", {
    correction: "owns 15%",
    rationale: "15% is a minority, not a majority.",
    sources: [{ ...source, evidence: [{ kind: "file", fileName: "renault-<2018>.pdf", contentType: "application/pdf", byteSize: 1234, sha256: "a".repeat(64), capturedAt: new Date("2026-11-20T08:00:00Z") }] }],
  }),
  makeClaim(TEXT, "Renault", { verdict: "pending", correction: null, rationale: null, verdictSetBy: null, verdictSetAt: null, isOrphaned: true }),
];
const article = makeArticle(TEXT);

describe("renderFactCheckReportHtml", () => {
  const html = renderFactCheckReportHtml(article, claims, { banner: NOT_SIGNED_OFF_BANNER, generatedAt: new Date("2026-11-27T09:30:00Z") });

  it("lists every claim in reading order with verdict, reasons, sources, who and when", () => {
    const sections = html.split('<section class="claim"').slice(1);
    expect(sections).toHaveLength(3);
    expect(sections[0]).toContain("Claim 1 · <span class=\"verdict verdict-corrected\">Corrected</span>");
    expect(sections[0]).toContain("<dd>owns 15%</dd>");
    expect(sections[0]).toContain("<dd>15% is a minority, not a majority.</dd>");
    expect(sections[0]).toContain("<dd>Ann Editor, 20 November 2026</dd>");
    expect(sections[0]).toContain('<a href="https://group.renault.com/report.pdf">Renault annual report, &quot;2018&quot;</a> — Renault (Primary document; contradicts)');
    expect(sections[0]).toContain("<blockquote>The French State holds 15.01%\nof the share capital.</blockquote>");
    expect(sections[1]).toContain("Orphaned");
    expect(sections[1]).toContain("None cited");
    expect(sections[2]).toContain("Verified");
  });

  it("is a standalone printable document that escapes everything and links only http(s)", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<script|href="javascript/i);
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt; (javascript:alert(1))");
    expect(html).toContain("3 claims · Pending: 1 · Verified: 1 · Disputed: 0 · Corrected: 1 · Orphaned: 1");
    expect(html).toContain("Revision 2 · report generated 2026-11-27 09:30:00 UTC");
    const body = html.slice(html.indexOf("<body>"));
    expect(body.indexOf(NOT_SIGNED_OFF_BANNER)).toBeLessThan(body.indexOf("<h1>"));
  });

  it("colours each verdict with the app's palette (the same tint and text as its badges)", () => {
    for (const [verdict, colours] of Object.entries(VERDICT_COLOURS)) {
      expect(html).toContain(`.verdict-${verdict} { color: ${colours.text}; background: ${colours.tint}; border-color: ${colours.line}; }`);
    }
  });

  it("lists each source's evidence with its SHA-256 and capture time", () => {
    expect(html).toContain(`<li class="evidence">Evidence: renault-&lt;2018&gt;.pdf (application/pdf, 1234 bytes, captured 2026-11-20 08:00:00 UTC), SHA-256 <code>${"a".repeat(64)}</code></li>`);
  });

  it("says so when there are no claims", () => {
    expect(renderFactCheckReportHtml(article, [])).toContain("No claims were marked in this revision.");
  });
});

describe("renderFactCheckReportCsv", () => {
  it("writes a header and one row per claim in reading order, quoted and formula-guarded", () => {
    const csv = renderFactCheckReportCsv(claims, { banner: NOT_SIGNED_OFF_BANNER });
    expect(csv.startsWith("\uFEFFnotice,number,claim_id,verdict,is_orphaned,restated_claim,quote,start,end,correction,rationale,verdict_set_by,verdict_set_at,source_count,sources,audit_head\r\n")).toBe(true);
    const rows = csv.split("\r\n");
    expect(rows[1]).toBe(
      `${NOT_SIGNED_OFF_BANNER},1,${claims[1].id},Corrected,false,Restated: owns a majority 15%,owns a majority 15%,15,34,owns 15%,` +
        '"15% is a minority, not a majority.",Ann Editor,2026-11-20T10:15:30.123Z,1,' +
        '"Contradicts: Renault annual report, ""2018"" — Renault (Primary document) — https://group.renault.com/report.pdf — “The French State holds 15.01% of the share capital.”",',
    );
    expect(rows[3]).toContain(",'=Nissan holds 15% of Renault,");
  });
  it("leaves the notice empty without a banner", () => {
    const rows = renderFactCheckReportCsv(claims).split("\r\n");
    expect(rows[1].startsWith(",1,")).toBe(true);
  });
});
