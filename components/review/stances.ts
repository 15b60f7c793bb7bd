import { STANCES } from "@/lib/domain/sources/source-kinds";

export type Stance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports",
  contradicts: "Contradicts",
  context: "Context",
};

export const STANCE_BADGE_CLASS: Record<Stance, string> = {
  supports: "bg-emerald-100 text-emerald-900",
  contradicts: "bg-red-100 text-red-900",
  context: "bg-stone-200 text-stone-800",
};
