import fs from "node:fs";
import path from "node:path";

// ClaimBuster two-class sentences (GPL-3.0 data, read from ../shared when present;
// never copied into the project).
export const CLAIMBUSTER_FILE = path.resolve(__dirname, "../../../shared/datasets/claimbuster/train.json");

export type LabelledSentence = { id: number; label: 0 | 1; text: string };

export function readClaimBuster(): LabelledSentence[] | null {
  if (!fs.existsSync(CLAIMBUSTER_FILE)) return null;
  const rows = JSON.parse(fs.readFileSync(CLAIMBUSTER_FILE, "utf8")) as { sentence_id: number; label: number; text: string }[];
  return rows.map((row) => ({ id: row.sentence_id, label: row.label === 1 ? 1 : 0, text: row.text }));
}

/** Fold k of n, by a stable hash of the sentence id (same split every run). */
export function foldOf(id: number, folds: number): number {
  return Math.imul(id, 2654435761) >>> 0 % folds === 0 ? 0 : ((Math.imul(id, 2654435761) >>> 0) % folds);
}

export type Scores = { precision: number; recall: number; f1: number };

export function score(predicted: boolean[], labels: (0 | 1)[]): Scores {
  let tp = 0, fp = 0, fn = 0;
  predicted.forEach((isPositive, i) => {
    if (isPositive && labels[i] === 1) tp++;
    else if (isPositive) fp++;
    else if (labels[i] === 1) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}
