// `npm run --silent spot -- FILE`: reads UTF-8 text, one sentence per line, and
// prints one line per input line, in order: the sentence's check-worthiness
// score (scoreSentence, the fitted model), a tab, and 1 if the score is 0.5 or
// more, else 0. An empty line scores like any other and prints a line too.
import fs from "node:fs";
import { isCheckWorthyScore, scoreSentence } from "@/lib/domain/spotting/score-sentence";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run --silent spot -- FILE   (UTF-8, one sentence per line)");
  process.exit(2);
}
const lines = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
if (lines.at(-1) === "") lines.pop();
const output = lines.map((line) => {
  const { score } = scoreSentence(line);
  return `${score.toFixed(4)}\t${isCheckWorthyScore(score) ? 1 : 0}\n`;
});
process.stdout.write(output.join(""));
