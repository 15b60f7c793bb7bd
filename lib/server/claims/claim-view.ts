import "server-only";
import type { Verdict } from "@/lib/domain/verdicts";
import { Prisma } from "@/lib/generated/prisma/client";

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

/** The same fields in raw SQL, for the statement that locks the claim (changeClaim): ClaimView's shape. */
export const CLAIM_VIEW_COLUMNS = Prisma.raw(`id, "articleId", exact, start, "end", restated, verdict::text as verdict, correction,
  rationale, "assigneeId", "isOrphaned", version, "updatedAt"`);
