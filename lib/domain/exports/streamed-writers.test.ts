// The pieces the streamed exports write (stream-article-export.ts) put together
// give the in-memory renderers' bytes, for empty, one-claim and batched input.
import { describe, expect, it } from "vitest";
import { buildClaimReviewGraph, createClaimReviewGraphWriter, serializeJsonLd } from "./claim-review";
import { FACT_CHECK_CSV_HEADER, factCheckCsvCells, renderFactCheckReportCsv, renderFactCheckReportHtml } from "./fact-check-report";
import { renderFactCheckReportFrame, renderReportClaimHtml, tallyClaims } from "./fact-check-report-html";
import { makeArticle, makeClaim } from "./test-fixtures";
import { csvHeaderLine, csvLine } from "./to-csv";
import { sortClaimsForReading, type ExportClaim } from "./export-types";

const TEXT = 'One <two> & "three". Four, five 🚗 six.\n\nSeven </script> eight.';
const article = makeArticle(TEXT);
const claims = sortClaimsForReading([
  makeClaim(TEXT, "Four, five", { verdict: "disputed", rationale: "Because.\nTwo lines, & more." }),
  makeClaim(TEXT, "One", { verdict: "verified" }),
  makeClaim(TEXT, "Seven </script>", { verdict: "pending" }),
  makeClaim(TEXT, "eight", { isOrphaned: true }),
]);
const options = { organisation: { name: "Desk, “A”", url: "https://news.example" }, reviewUrl: (claim: ExportClaim) => `https://news.example/c#${claim.id}` };
const batches = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));

describe("the streamed writers", () => {
  for (const list of [[], claims.slice(0, 1), claims, claims.filter((claim) => claim.verdict === "pending")]) {
    it(`give the same bytes for ${list.length} claims, in any batching`, () => {
      for (const size of [1, 3, 10]) {
        const graph = createClaimReviewGraphWriter(article, options);
        expect(graph.opening + batches(list, size).map((batch) => graph.claims(batch)).join("") + graph.closing())
          .toBe(serializeJsonLd(buildClaimReviewGraph(article, list, options)));

        const frame = renderFactCheckReportFrame(article, tallyClaims(list), { banner: "NOT SIGNED OFF", provenance: "head" });
        expect(frame.opening + list.map((claim, index) => renderReportClaimHtml(claim, index + 1)).join("") + frame.closing)
          .toBe(renderFactCheckReportHtml(article, list, { banner: "NOT SIGNED OFF", provenance: "head" }));

        let number = 0;
        const csv = csvHeaderLine(FACT_CHECK_CSV_HEADER) + batches(list, size).map((batch) => batch.map((claim) => csvLine(factCheckCsvCells(claim, ++number))).join("")).join("");
        expect(csv).toBe(renderFactCheckReportCsv(list));
      }
    });
  }
});
