// One palette for verdicts, used by the app (badges, highlights; the Tailwind
// shades named beside each value) and by the printable fact-check report, so a
// "corrected" claim is the same blue on screen and on paper.
import type { Verdict } from "./verdicts";

export type VerdictColours = {
  /** Badge and highlight background (Tailwind *-100, stone-200). */
  tint: string;
  /** Badge text (Tailwind *-900, stone-800): at least 7:1 on the tint. */
  text: string;
  /** A selected claim's highlight (Tailwind *-300). */
  strong: string;
  /** Underline and badge border (Tailwind *-600/700, stone-500). */
  line: string;
};

export const VERDICT_COLOURS: Record<Verdict, VerdictColours> = {
  pending: { tint: "#e7e5e4", text: "#292524", strong: "#d6d3d1", line: "#78716c" },
  verified: { tint: "#d1fae5", text: "#064e3b", strong: "#6ee7b7", line: "#059669" },
  disputed: { tint: "#fef3c7", text: "#78350f", strong: "#fcd34d", line: "#d97706" },
  corrected: { tint: "#e0f2fe", text: "#0c4a6e", strong: "#7dd3fc", line: "#0369a1" },
};
