import { splitParagraphs } from "@/lib/domain/article-text";
import { segmentText } from "@/lib/domain/highlight-segments";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import { VERDICT_HIGHLIGHT_CLASS } from "./verdict-style";

/** The revision text with every claim highlighted in place, coloured by verdict. */
export function ArticleText({ text, claims }: { text: string; claims: ReviewClaim[] }) {
  const anchored = claims.filter((claim) => !claim.isOrphaned);
  const byId = new Map(anchored.map((claim) => [claim.id, claim]));
  return (
    <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed" data-testid="article-text">
      {splitParagraphs(text).map((paragraph) => (
        <p key={paragraph.index} data-paragraph-start={paragraph.start}>
          {segmentText(text, anchored, paragraph.start, paragraph.end).map((segment) => {
            if (segment.spanIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
            // The innermost (last-starting) claim decides the colour; nesting shows as a thicker underline.
            const claim = byId.get(segment.spanIds[segment.spanIds.length - 1])!;
            return (
              <mark
                key={segment.start}
                data-claim-ids={segment.spanIds.join(" ")}
                className={`rounded-sm underline underline-offset-4 ${VERDICT_HIGHLIGHT_CLASS[claim.verdict]} ${segment.spanIds.length > 1 ? "decoration-2" : "decoration-1"}`}
              >
                {segment.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
