// Download links for every export. They go through the same route handler the
// API uses (GET /api/articles/{id}/export), so a session or a token both work.
const EXPORTS = [
  { format: "txt", mode: "clean", label: "Corrected copy (plain text)" },
  { format: "md", mode: "clean", label: "Corrected copy (Markdown)" },
  { format: "html", mode: "clean", label: "Corrected copy (HTML)" },
  { format: "docx", mode: "clean", label: "Corrected copy (Word)" },
  { format: "html", mode: "tracked", label: "Tracked changes (HTML)" },
  { format: "docx", mode: "tracked", label: "Tracked changes (Word)" },
  { format: "notes", mode: "clean", label: "Correction notes (text)" },
  { format: "report-html", mode: "clean", label: "Fact-check report (printable)" },
  { format: "report-csv", mode: "clean", label: "Fact-check report (CSV)" },
  { format: "claimreview", mode: "clean", label: "ClaimReview JSON-LD" },
  { format: "audit-csv", mode: "clean", label: "Audit trail (CSV)" },
  { format: "audit-json", mode: "clean", label: "Audit trail (JSON)" },
] as const;

type Props = {
  articleId: string;
  isSignedOff: boolean;
  /** Why ClaimReview cannot be exported yet (not signed off, publication address unset), or null. */
  claimReviewBlocker?: string | null;
};

export function ExportLinks({ articleId, isSignedOff, claimReviewBlocker = null }: Props) {
  return (
    <section aria-labelledby="exports-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="exports-heading" className="text-lg font-semibold">Exports</h2>
      {!isSignedOff && (
        <p className="mb-2 text-sm text-amber-800">Not signed off: every export says so at the top.</p>
      )}
      <ul className="grid gap-1 sm:grid-cols-2">
        {EXPORTS.map((item) => (
          <li key={`${item.format}-${item.mode}`}>
            {item.format === "claimreview" && claimReviewBlocker ? (
              <span className="text-stone-600">{item.label}: {claimReviewBlocker}</span>
            ) : (
            <a className="text-sky-800 underline hover:text-sky-950"
              href={`/api/articles/${articleId}/export?format=${item.format}&mode=${item.mode}`}>
              {item.label}
            </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
