import "server-only";
import type { Verdict } from "@/lib/domain/verdicts";

/** The claim fields a client sees after a change (plain data, safe to serialise). */
export type ClaimView = {
  id: string;
  articleId: string;
  exact: string;
  start: number;
  end: number;
  restated: string;
  verdict: Verdict;
  correction: string | null;
  rationale: string | null;
  assigneeId: string | null;
  isOrphaned: boolean;
  version: number;
  updatedAt: Date;
};

export const CLAIM_VIEW_SELECT = {
  id: true,
  articleId: true,
  exact: true,
  start: true,
  end: true,
  restated: true,
  verdict: true,
  correction: true,
  rationale: true,
  assigneeId: true,
  isOrphaned: true,
  version: true,
  updatedAt: true,
} as const;
