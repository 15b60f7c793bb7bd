export type BinaryScores = { precision: number; recall: number; f1: number; truePositives: number; falsePositives: number; falseNegatives: number };

/** Precision, recall and F1 of the positive class. */
export function scoreBinary(predicted: readonly boolean[], labels: readonly (0 | 1)[]): BinaryScores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  predicted.forEach((isPositive, i) => {
    if (isPositive && labels[i] === 1) truePositives++;
    else if (isPositive) falsePositives++;
    else if (labels[i] === 1) falseNegatives++;
  });
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives };
}
