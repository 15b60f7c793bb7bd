// `npm run bench:spotter`: the claim spotter measured.
// 1. Precision, recall and F1 on the ClaimBuster debate sentences
//    (../shared/datasets/claimbuster/train.json, GPL-3.0; skipped when absent),
//    5-fold cross-validated: each fold's model and threshold are fitted on the
//    other four folds only (the threshold by an inner cross-validation there),
//    encoded and decoded as the shipped weights are, and scored on the held-out
//    fold. Rows: the sentence scorer (what `npm run spot` prints), and the
//    article policy spotClaims adds on top (article-policy.ts).
// 2. Time to spot claims in a 10,000-word article (the demo article repeated
//    with its figures varied), against the 200 ms budget and against splitting
//    sentences alone.
// `npm run bench:spotter -- --write` also refits on all sentences and writes
// lib/domain/spotting/spotter-weights.json with its provenance.
import fs from "node:fs";
import path from "node:path";
import { normaliseArticleText } from "@/lib/domain/article-text";
import { isCheckWorthyInArticle } from "@/lib/domain/spotting/article-policy";
import { fitSpotter, toExample } from "@/lib/domain/spotting/fit-spotter";
import { DEFAULT_TRAINING } from "@/lib/domain/spotting/logistic-model";
import { scoreBinary, type BinaryScores } from "@/lib/domain/spotting/metrics";
import { decodeModel, encodeModel } from "@/lib/domain/spotting/model-codec";
import { createSentenceScorer, isCheckWorthyScore } from "@/lib/domain/spotting/score-sentence";
import { spotClaims } from "@/lib/domain/spotting/spot-claims";
import { splitSentences } from "@/lib/domain/spotting/split-sentences";

const ROOT = path.resolve(__dirname, "..");
const DATASET = process.env.CLAIMBUSTER_FILE ?? path.resolve(ROOT, "../shared/datasets/claimbuster/train.json");
const WEIGHTS_FILE = path.join(ROOT, "lib/domain/spotting/spotter-weights.json");
const WORD_VECTORS_FILE = path.join(ROOT, "lib/domain/spotting/word-vectors.json");
const FOLDS = 5;
const BUDGET_MS = 200;

type Row = { id: number; label: 0 | 1; text: string };

function readDataset(): Row[] | null {
  if (!fs.existsSync(DATASET)) return null;
  const raw = JSON.parse(fs.readFileSync(DATASET, "utf8")) as { sentence_id: number; label: number; text: string }[];
  return raw.map((row) => ({ id: row.sentence_id, label: row.label === 1 ? 1 : 0, text: row.text }));
}

/** Fold of a sentence, from a hash of its id: the same split on every run. */
function foldOf(id: number): number {
  return (Math.imul(id, 2654435761) >>> 0) % FOLDS;
}

function crossValidate(rows: Row[]): BinaryScores {
  const positives = rows.filter((row) => row.label === 1).length;
  console.log(`ClaimBuster: ${rows.length} debate sentences (${positives} check-worthy), ${FOLDS}-fold cross-validation; every number is on held-out folds only.`);
  console.log("fold  threshold  precision  recall  F1      | article policy: precision  recall  F1");
  const examples = rows.map((row) => toExample(row));
  const sentence: BinaryScores[] = [];
  const article: BinaryScores[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = examples.filter((_, i) => foldOf(rows[i].id) !== fold);
    const heldOut = rows.filter((row) => foldOf(row.id) === fold);
    const fitted = fitSpotter(training);
    const shipped = encodeModel(fitted.model, fitted.threshold, provenance("cross-validation fold"));
    const score = createSentenceScorer(decodeModel(shipped), shipped.threshold);
    const scored = heldOut.map((row) => ({ row, ...score(row.text) }));
    const labels = heldOut.map((row) => row.label);
    sentence.push(scoreBinary(scored.map((s) => isCheckWorthyScore(s.score)), labels));
    article.push(scoreBinary(scored.map((s) => isCheckWorthyInArticle(s.row.text, s.score, s.reasons)), labels));
    console.log(`${fold + 1}     ${shipped.threshold.toFixed(2)}       ${format(sentence[fold])}  |                 ${format(article[fold])}`);
  }
  console.log(`mean             ${format(mean(sentence))}  |                 ${format(mean(article))}`);
  console.log(`Sentence scorer (npm run spot) mean held-out F1: ${mean(sentence).f1.toFixed(3)} (target 0.85).`);
  return mean(sentence);
}

function writeWeights(rows: Row[], measured: BinaryScores): void {
  const fitted = fitSpotter(rows.map((row) => toExample(row)));
  const summary =
    `${FOLDS}-fold cross-validation (npm run bench:spotter), mean over held-out folds: precision ${measured.precision.toFixed(3)}, ` +
    `recall ${measured.recall.toFixed(3)}, F1 ${measured.f1.toFixed(3)}`;
  const document = encodeModel(fitted.model, fitted.threshold, provenance(summary));
  fs.writeFileSync(WEIGHTS_FILE, JSON.stringify(document, null, 2) + "\n");
  console.log(`Wrote ${path.relative(ROOT, WEIGHTS_FILE)} (threshold ${document.threshold}).`);
}

function provenance(crossValidation: string) {
  return {
    about:
      "Weights of the claim spotter's logistic regression (lib/domain/spotting) over hashed words and the pooled " +
      "GloVe word vectors of word-vectors.json (public domain), derived from the dataset below; " +
      "they are a derivative of GPL-3.0 data. The sentences themselves are not in this project.",
    dataset:
      "ClaimBuster two-class training sentences: utaresearch/claimbuster-spotter, data/two_class/train.json " +
      "(7,976 U.S. presidential debate sentences, University of Texas at Arlington)",
    datasetLicence: "GPL-3.0",
    fittedOn: new Date().toISOString().slice(0, 10),
    fittedBy: `npm run bench:spotter -- --write (training ${JSON.stringify(DEFAULT_TRAINING)}, threshold by inner 3-fold cross-validation)`,
    crossValidation,
  };
}

function timeTenThousandWords(): void {
  const demo = normaliseArticleText(fs.readFileSync(path.join(ROOT, "prisma/seed/renault-nissan-alliance.txt"), "utf8"));
  const copies: string[] = [];
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const copy = demo.replace(/\d+/g, (n) => String(Number(n) + i));
    copies.push(copy);
    words += copy.split(/\s+/).length;
  }
  const article = copies.join("\n\n");
  const cold = measure(() => spotClaims(article), 1);
  const spotting = measure(() => spotClaims(article), 20);
  const splitting = measure(() => splitSentences(article), 20);
  console.log(
    `10,000-word article (${words} words, ${splitSentences(article).length} sentences): spotClaims ${spotting.toFixed(1)} ms ` +
      `(median of 20; first call with model decoding ${cold.toFixed(1)} ms), ${(spotting / BUDGET_MS).toFixed(3)} of the ${BUDGET_MS} ms budget; ` +
      `splitting alone ${splitting.toFixed(1)} ms.`,
  );
}

function measure(work: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function mean(scores: BinaryScores[]): BinaryScores {
  const average = (key: keyof BinaryScores) => scores.reduce((sum, s) => sum + s[key], 0) / scores.length;
  return { precision: average("precision"), recall: average("recall"), f1: average("f1"), truePositives: average("truePositives"), falsePositives: average("falsePositives"), falseNegatives: average("falseNegatives") };
}

function format(scores: BinaryScores): string {
  return `${scores.precision.toFixed(3)}      ${scores.recall.toFixed(3)}   ${scores.f1.toFixed(3)}`;
}

const rows = readDataset();
if (rows) {
  const measured = crossValidate(rows);
  if (process.argv.includes("--write")) writeWeights(rows, measured);
} else {
  console.log(`No ClaimBuster data at ${DATASET}: precision, recall and F1 not measured.`);
}
timeTenThousandWords();
const kilobytes = (file: string) => `${(fs.statSync(file).size / 1024).toFixed(0)} KB`;
console.log(
  `Fitted parameters: ${path.relative(ROOT, WEIGHTS_FILE)}, ${kilobytes(WEIGHTS_FILE)}; ` +
    `word vectors: ${path.relative(ROOT, WORD_VECTORS_FILE)}, ${kilobytes(WORD_VECTORS_FILE)}.`,
);
