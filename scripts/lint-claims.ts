// `npm run --silent lint-claims -- FILE`: one sentence per line in; for each
// line, the ids of the consistency rules it triggers (comma-separated), or nothing.
import { lintClaim } from "@/lib/domain/consistency-rules/lint-claim";
import { readSentenceLines } from "./lib/read-lines";

const lines = readSentenceLines("Usage: npm run --silent lint-claims -- FILE (UTF-8, one sentence per line)");
process.stdout.write(
  lines.map((line) => [...new Set(lintClaim(line).map((finding) => finding.ruleId))].join(",")).join("\n") + (lines.length ? "\n" : ""),
);
