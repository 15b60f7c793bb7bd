// Where the corpus parts live on disk. The held-out parts are found by name (held-out.tsv, held-out-2.tsv, …) so a
// new fresh batch's part is counted by bench:lint and shape-checked by fresh-parts.test.ts without editing a list.
import fs from "node:fs";
import path from "node:path";
import { parseCorpus, type CorpusEntry } from "./corpus";

export const CORPUS_DIR = __dirname;

const partNumber = (file: string) => Number(/^held-out(?:-(\d+))?\.tsv$/.exec(file)?.[1] ?? 1);

/** held-out.tsv, held-out-2.tsv, … in batch order (by number, not by spelling: 10 after 9). */
export function heldOutParts(dir: string = CORPUS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^held-out(?:-\d+)?\.tsv$/.test(file))
    .sort((a, b) => partNumber(a) - partNumber(b));
}

export function readCorpusPart(file: string, dir: string = CORPUS_DIR): CorpusEntry[] {
  return parseCorpus(fs.readFileSync(path.join(dir, file), "utf8"));
}
