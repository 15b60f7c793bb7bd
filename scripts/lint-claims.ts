// `npm run --silent lint-claims -- FILE`: reads UTF-8 text, one sentence per
// line, and prints one line per input line, in order: the ids of the
// consistency rules the sentence triggers, comma-separated, or an empty line.
//
// `npm run --silent lint-claims -- --article FILE`: reads a whole article,
// splits it into sentences as the review page does, and prints one line per
// sentence with a finding: "N<TAB>rule ids<TAB>sentence", then, for a fact the
// article states two ways, one line per pair: "N<->M<TAB>article-mismatch<TAB>message".
// Sentences are numbered from 1.
import fs from "node:fs";
import { checkArticle } from "@/lib/domain/consistency/check-article";
import { lintClaim } from "@/lib/domain/consistency/lint-claim";
import { normaliseArticleText } from "@/lib/domain/article-text";
import { splitSentences } from "@/lib/domain/spotting/split-sentences";

const args = process.argv.slice(2);
const isArticle = args.includes("--article");
const file = args.find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run --silent lint-claims -- FILE   (UTF-8, one sentence per line)\n       npm run --silent lint-claims -- --article FILE   (a whole article)");
  process.exit(2);
}
const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
const ruleIds = (sentence: string) => [...new Set(lintClaim(sentence).map((finding) => finding.ruleId))].join(",");

if (isArticle) {
  const sentences = splitSentences(normaliseArticleText(text)).map((sentence, i) => ({ id: String(i + 1), text: sentence.text }));
  const output: string[] = [];
  for (const sentence of sentences) {
    const ids = ruleIds(sentence.text);
    if (ids) output.push(`${sentence.id}\t${ids}\t${sentence.text}\n`);
  }
  for (const finding of checkArticle(sentences)) {
    if (Number(finding.claimId) < Number(finding.otherClaimId)) output.push(`${finding.claimId}<->${finding.otherClaimId}\t${finding.ruleId}\t${finding.message}\n`);
  }
  process.stdout.write(output.join(""));
} else {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  process.stdout.write(lines.map((line) => `${ruleIds(line)}\n`).join(""));
}
