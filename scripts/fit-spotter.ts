// `npx tsx scripts/fit-spotter.ts`: fits the claim spotter's logistic regression
// on the ClaimBuster two-class sentences (../shared, GPL-3.0), reports 5-fold
// cross-validated precision/recall/F1 (threshold chosen on the training folds
// only), then fits on all sentences and writes lib/domain/claim-spotting/spotter-weights.json
// with its provenance.
import fs from "node:fs";
import path from "node:path";
import { extractFeatures } from "@/lib/domain/claim-spotting/features";
import { predict, toSparse, train } from "@/lib/domain/claim-spotting/logistic-model";
import { detectReasons } from "@/lib/domain/claim-spotting/reasons";
import { foldOf, readClaimBuster, score } from "./lib/claimbuster";
import { chooseThreshold, TRAINING_OPTIONS } from "./lib/spotter-training";

const FOLDS = 5;
const OUT = path.resolve(__dirname, "../lib/domain/claim-spotting/spotter-weights.json");

function main(): void {
  const data = readClaimBuster();
  if (!data) throw new Error("../shared/datasets/claimbuster/train.json is not here; nothing to fit.");
  const examples = data.map((row) => ({ id: row.id, label: row.label, features: extractFeatures(row.text, detectReasons(row.text)) }));
  const f1s: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = examples.filter((e) => foldOf(e.id, FOLDS) !== fold);
    const testing = examples.filter((e) => foldOf(e.id, FOLDS) === fold);
    const weights = train(training, TRAINING_OPTIONS);
    const threshold = chooseThreshold(weights, training);
    const result = score(testing.map((e) => predict(weights, e.features) >= threshold), testing.map((e) => e.label));
    f1s.push(result.f1);
    console.log(`fold ${fold}: threshold ${threshold} precision ${result.precision.toFixed(3)} recall ${result.recall.toFixed(3)} F1 ${result.f1.toFixed(3)}`);
  }
  console.log(`mean held-out F1 ${(f1s.reduce((a, b) => a + b, 0) / FOLDS).toFixed(3)}`);
  const weights = train(examples, TRAINING_OPTIONS);
  const document = {
    provenance:
      "Fitted by scripts/fit-spotter.ts on the ClaimBuster two-class training sentences " +
      "(utaresearch/claimbuster-spotter, data/two_class/train.json; 7,976 U.S. presidential debate sentences), " +
      "licensed GNU GPL v3.0. These weights are derived from that data.",
    licenceOfSourceData: "GPL-3.0",
    fittedOn: new Date().toISOString().slice(0, 10),
    training: TRAINING_OPTIONS,
    threshold: chooseThreshold(weights, examples),
    weights: toSparse(weights),
  };
  fs.writeFileSync(OUT, JSON.stringify(document) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), OUT)} (${(fs.statSync(OUT).size / 1024).toFixed(0)} KB, threshold ${document.threshold})`);
}

main();
