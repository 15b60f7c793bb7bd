// `npm run --silent spot -- FILE`: one sentence per line in; for each line, the
// check-worthiness score, a tab, and 1 or 0 (check-worthy or not).
import { scoreSentence } from "@/lib/domain/claim-spotting/spot-claims";
import { readSentenceLines } from "./lib/read-lines";

const lines = readSentenceLines("Usage: npm run --silent spot -- FILE (UTF-8, one sentence per line)");
process.stdout.write(
  lines.map((line) => {
    const { score, isCheckWorthy } = scoreSentence(line);
    return `${score.toFixed(3)}\t${isCheckWorthy ? 1 : 0}`;
  }).join("\n") + (lines.length ? "\n" : ""),
);
