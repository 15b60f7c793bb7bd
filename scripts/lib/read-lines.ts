import fs from "node:fs";

/** The lines of a UTF-8 file (one sentence per line), or a usage error. */
export function readSentenceLines(usage: string): string[] {
  const file = process.argv[2];
  if (!file) {
    console.error(usage);
    process.exit(1);
  }
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
