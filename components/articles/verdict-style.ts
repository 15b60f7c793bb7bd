import type { CSSProperties } from "react";
import { VERDICT_COLOURS } from "@/lib/domain/verdict-colours";
import type { Verdict } from "@/lib/domain/verdicts";

export const VERDICT_BADGE_CLASS: Record<Verdict, string> = {
  pending: "bg-stone-200 text-stone-800",
  verified: "bg-emerald-100 text-emerald-900",
  disputed: "bg-amber-100 text-amber-900",
  corrected: "bg-sky-100 text-sky-900",
};

/** Swatch classes for the legend: the same tint and underline the article shows. */
export const VERDICT_SWATCH_CLASS: Record<Verdict, string> = {
  pending: "bg-stone-200 border-b-[3px] border-stone-500",
  verified: "bg-emerald-100 border-b-[3px] border-emerald-600",
  disputed: "bg-amber-100 border-b-[3px] border-amber-600",
  corrected: "bg-sky-100 border-b-[3px] border-sky-700",
};

// Highlights are drawn with inline styles (a list of box-shadows per run), so the
// colours are plain values, from the palette the report uses too.
const COLOURS = VERDICT_COLOURS;

const LINE_PX = 3;
const GAP_PX = 1;

export type CoveringClaim = { id: string; verdict: Verdict; lane: number; length: number };

/**
 * One underline per lane, stacked from the bottom (lane 0 lowest), with a thin gap
 * so two claims of the same verdict still read as two lines. The run's tint comes
 * from the innermost claim, or the selected one when it covers the run.
 */
export function highlightStyle(covering: CoveringClaim[], selectedId: string | null): CSSProperties {
  const selected = covering.find((claim) => claim.id === selectedId);
  const innermost = [...covering].sort((a, b) => a.length - b.length)[0];
  const background = selected ? COLOURS[selected.verdict].strong : COLOURS[innermost.verdict].tint;
  const topLane = Math.max(...covering.map((claim) => claim.lane));
  const shadows: string[] = [];
  for (let lane = 0; lane <= topLane; lane++) {
    const claim = covering.find((candidate) => candidate.lane === lane);
    const bottom = lane * (LINE_PX + GAP_PX);
    shadows.push(`inset 0 -${bottom + LINE_PX}px 0 ${claim ? COLOURS[claim.verdict].line : background}`);
    shadows.push(`inset 0 -${bottom + LINE_PX + GAP_PX}px 0 ${background}`);
  }
  return {
    backgroundColor: background,
    boxShadow: shadows.join(", "),
    // Room under the words for the stacked lines, without moving the lines of text.
    paddingBottom: `${(topLane + 1) * (LINE_PX + GAP_PX)}px`,
    WebkitBoxDecorationBreak: "clone",
    boxDecorationBreak: "clone",
  };
}
