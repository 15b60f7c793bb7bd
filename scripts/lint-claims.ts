// `npm run --silent lint-claims -- FILE`: reads UTF-8 text, one sentence per
// line, and prints one line per input line, in order: the ids of the
// consistency rules the sentence triggers, comma-separated, or an empty line.
import fs from "node:fs";
import { lintClaim } from "@/lib/domain/consistency/lint-claim";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run --silent lint-claims -- FILE   (UTF-8, one sentence per line)");
  process.exit(2);
}
const lines = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
if (lines.at(-1) === "") lines.pop();
const output = lines.map((line) => `${[...new Set(lintClaim(line).map((finding) => finding.ruleId))].join(",")}\n`);
process.stdout.write(output.join(""));
