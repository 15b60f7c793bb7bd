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

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
export function areaUnderCurve(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  const order = scores.map((score, i) => ({ score, label: labels[i] })).sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j].score === order[i].score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (order[k].label === 1) {
      rankSum += averageRank;
      positives++;
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
