"use client";

import { useMemo, type MouseEvent, type Ref } from "react";
import { splitParagraphs } from "@/lib/domain/article-text";
import { assignLanes, segmentText } from "@/lib/domain/highlight-segments";
import { VERDICT_LABELS } from "@/lib/domain/verdicts";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import { highlightStyle, type CoveringClaim } from "./verdict-style";

type Props = {
  text: string;
  claims: ReviewClaim[];
  selectedClaimId?: string | null;
  /** Called with every claim under the clicked words. */
  onHighlightClick?: (claimIds: string[]) => void;
  ref?: Ref<HTMLDivElement>;
};

/**
 * The revision text with every claim highlighted in place. Each run carries
 * data-start/data-end (offsets into the stored text), so a DOM selection maps back
 * to the exact span even though paragraphs are <p> here and "\n\n" in the text.
 */
export function ArticleText({ text, claims, selectedClaimId = null, onHighlightClick, ref }: Props) {
  const paragraphs = useMemo(() => {
    const anchored = claims.filter((claim) => !claim.isOrphaned);
    const lanes = assignLanes(anchored);
    const byId = new Map(anchored.map((claim) => [claim.id, claim]));
    return splitParagraphs(text).map((paragraph) => ({
      ...paragraph,
      segments: segmentText(text, anchored, paragraph.start, paragraph.end).map((segment) => ({
        ...segment,
        covering: segment.spanIds.map((id): CoveringClaim & { label: string } => {
          const claim = byId.get(id)!;
          return { id, verdict: claim.verdict, lane: lanes.get(id) ?? 0, length: claim.end - claim.start, label: VERDICT_LABELS[claim.verdict] };
        }),
      })),
    }));
  }, [text, claims]);

  function handleClick(event: MouseEvent<HTMLDivElement>) {
    // A drag that selected words is the start of a new claim, not a click on one.
    if (!onHighlightClick || !document.getSelection()?.isCollapsed) return;
    const mark = (event.target as Element).closest<HTMLElement>("mark[data-claim-ids]");
    if (mark) onHighlightClick(mark.dataset.claimIds!.split(" "));
  }

  return (
    <div ref={ref} onClick={handleClick} className="space-y-4 font-serif text-lg leading-relaxed" data-testid="article-text" data-article-text>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.index} data-paragraph-start={paragraph.start}>
          {paragraph.segments.map((segment) => {
            if (segment.covering.length === 0) {
              return <span key={segment.start} data-start={segment.start} data-end={segment.end}>{segment.text}</span>;
            }
            const isSelected = segment.spanIds.includes(selectedClaimId ?? "");
            const title = segment.covering.length > 1
              ? `${segment.covering.length} claims here (${segment.covering.map((claim) => claim.label).join(", ")}): click again for the next`
              : `${segment.covering[0].label} claim: click to open`;
            return (
              <mark key={segment.start} data-start={segment.start} data-end={segment.end}
                data-claim-ids={segment.spanIds.join(" ")} data-selected={isSelected || undefined}
                title={onHighlightClick ? title : undefined} style={highlightStyle(segment.covering, selectedClaimId)}
                className={`text-inherit ${onHighlightClick ? "cursor-pointer" : ""}`}>
                {segment.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
