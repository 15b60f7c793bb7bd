import { splitDiffIntoParagraphs, type WordDiffPart } from "@/lib/domain/diff/word-diff";

/** Word-level changes between two revisions: removed words struck through, added words underlined. */
export function RevisionDiff({ parts, from, to }: { parts: WordDiffPart[]; from: number; to: number }) {
  const paragraphs = splitDiffIntoParagraphs(parts);
  return (
    <div aria-label={`Changes from revision ${from} to revision ${to}`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 font-serif leading-relaxed">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph.parts.map((part, partIndex) =>
            part.kind === "added" ? (
              <ins key={partIndex} className="bg-emerald-100 text-emerald-900">{part.text}</ins>
            ) : part.kind === "removed" ? (
              <del key={partIndex} className="bg-red-100 text-red-900">{part.text}</del>
            ) : (
              <span key={partIndex}>{part.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
