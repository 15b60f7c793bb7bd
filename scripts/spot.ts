// `npm run --silent spot -- FILE [--prior P]`: reads UTF-8 text, one sentence per
// line, and prints one line per input line, in order: the sentence's
// check-worthiness score, a tab, and 1 if the score is 0.5 or more, else 0. An
// empty line scores like any other and prints a line too. P is the share of
// check-worthy sentences expected in the input (default DEFAULT_NEWS_PRIOR, 0.5,
// for news copy; 0.25 for debate transcripts like the training data): the score
// is the model's probability moved to that prior by Bayes' rule (calibration.ts).
import fs from "node:fs";
import { DEFAULT_NEWS_PRIOR } from "@/lib/domain/spotting/calibration";
import { isCheckWorthyScore, scoreSentence } from "@/lib/domain/spotting/score-sentence";

const USAGE = "Usage: npm run --silent spot -- FILE [--prior P]   (UTF-8, one sentence per line; 0 < P < 1)";
const args = process.argv.slice(2);
const priorAt = args.indexOf("--prior");
const prior = priorAt >= 0 ? Number(args[priorAt + 1]) : DEFAULT_NEWS_PRIOR;
const file = args.find((arg, i) => !arg.startsWith("--") && (priorAt < 0 || i !== priorAt + 1));
if (!file || !(prior > 0 && prior < 1)) {
  console.error(USAGE);
  process.exit(2);
}
const lines = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
if (lines.at(-1) === "") lines.pop();
const output = lines.map((line) => {
  const { score } = scoreSentence(line, prior);
  return `${score.toFixed(4)}\t${isCheckWorthyScore(score) ? 1 : 0}\n`;
});
process.stdout.write(output.join(""));
