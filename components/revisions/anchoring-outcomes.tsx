import Link from "next/link";
import type { SavedRevision } from "@/lib/server/articles/save-revision";

const STATUS_TEXT = {
  unchanged: "Unchanged",
  moved: "Moved with its words",
  changed: "Words changed: back to pending",
  orphaned: "Orphaned: its words are gone",
  "correction-applied": "Correction applied: still corrected",
} as const;

/** What happened to each claim when the revision was saved. */
export function AnchoringOutcomes({ saved, articleId }: { saved: SavedRevision; articleId: string }) {
  if (saved.isUnchanged) {
    return <p role="status" className="text-sm text-stone-700">The text is unchanged: no new revision was made.</p>;
  }
  return (
    <section role="status" aria-label="Anchoring outcome" className="rounded-lg border border-stone-200 bg-white p-4">
      <p className="font-medium">
        Saved revision {saved.number}. <Link href={`/articles/${articleId}`} className="text-sky-800 underline">Back to the review</Link>
      </p>
      {saved.outcomes.length === 0 ? (
        <p className="text-sm text-stone-600">The article has no claims to re-anchor.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {saved.outcomes.map((outcome) => (
            <li key={outcome.claimId} data-status={outcome.status}>
              <strong>{STATUS_TEXT[outcome.status]}</strong> — “{outcome.exact}”
              {outcome.newExact && <> → “{outcome.newExact}”</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
