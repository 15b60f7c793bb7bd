// `npm run bench:spotter`: the claim spotter measured.
// 1. Precision, recall and F1 on ClaimBuster (../shared, when present), 5-fold
//    cross-validated: each fold's model is fitted on the other four folds only,
//    with the same decision rule the app uses; the model alone is the baseline.
// 2. Time to score a 10,000-word article, against a baseline in the same run
//    (only splitting it into sentences).
import fs from "node:fs";
import path from "node:path";
import { normaliseArticleText } from "@/lib/domain/article-text";
import { extractFeatures } from "@/lib/domain/claim-spotting/features";
import { predict, train, type Weights } from "@/lib/domain/claim-spotting/logistic-model";
import { detectReasons } from "@/lib/domain/claim-spotting/reasons";
import { decideCheckWorthiness, spotClaims } from "@/lib/domain/claim-spotting/spot-claims";
import { splitSentences } from "@/lib/domain/claim-spotting/split-sentences";
import { foldOf, readClaimBuster, score } from "./lib/claimbuster";
import { TRAINING_OPTIONS, chooseThreshold } from "./lib/spotter-training";

const FOLDS = 5;

function crossValidate(): void {
  const data = readClaimBuster();
  if (!data) {
    console.log("ClaimBuster data not found at ../shared/datasets/claimbuster: accuracy not measured.");
    return;
  }
  const rows = data.map((row) => {
    const reasons = detectReasons(row.text);
    return { ...row, reasons, features: extractFeatures(row.text, reasons) };
  });
  const totals = { app: [] as number[], model: [] as number[] };
  console.log(`ClaimBuster, ${rows.length} debate sentences, ${FOLDS}-fold cross-validation (held-out folds only):`);
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = rows.filter((row) => foldOf(row.id, FOLDS) !== fold);
    const testing = rows.filter((row) => foldOf(row.id, FOLDS) === fold);
    const weights: Weights = train(training, TRAINING_OPTIONS);
    const threshold = chooseThreshold(weights, training);
    const labels = testing.map((row) => row.label);
    const app = score(testing.map((row) => decideCheckWorthiness(predict(weights, row.features), row.reasons, threshold).isCheckWorthy), labels);
    const model = score(testing.map((row) => predict(weights, row.features) >= threshold), labels);
    totals.app.push(app.f1);
    totals.model.push(model.f1);
    console.log(`  fold ${fold}: precision ${app.precision.toFixed(3)}  recall ${app.recall.toFixed(3)}  F1 ${app.f1.toFixed(3)}   (model alone F1 ${model.f1.toFixed(3)})`);
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  console.log(`  mean F1 ${mean(totals.app).toFixed(3)} (model alone ${mean(totals.model).toFixed(3)}); target 0.85`);
}

function timeTenThousandWords(): void {
  const demo = normaliseArticleText(fs.readFileSync(path.resolve(__dirname, "../prisma/seed/renault-nissan-alliance.txt"), "utf8"));
  const words = demo.split(/\s+/).length;
  const copies = Math.ceil(10_000 / words);
  const article = Array.from({ length: copies }, (_, i) => demo.replace(/\d+/g, (n) => String(Number(n) + i))).join("\n\n");
  const measure = (work: () => void) => {
    work();
    const runs = 10;
    const started = performance.now();
    for (let i = 0; i < runs; i++) work();
    return (performance.now() - started) / runs;
  };
  const spotting = measure(() => spotClaims(article));
  const splitting = measure(() => splitSentences(article));
  console.log(`10,000-word article (${article.split(/\s+/).length} words): spotter ${spotting.toFixed(1)} ms; baseline (sentence split only) ${splitting.toFixed(1)} ms; ratio ${(spotting / splitting).toFixed(1)}x; target < 200 ms`);
}

crossValidate();
timeTenThousandWords();
