// The model's view of a sentence: hashed word unigrams and bigrams (numbers
// reduced to their kind), a few word classes (capitalised names, first person,
// modal and hedging verbs, past tense), the reasons that fired and the length;
// plus its words' pretrained vectors pooled into one (word-vectors.ts).
// Hashing keeps the fitted parameters small and holds no vocabulary, and the
// same code runs when fitting (bench-spotter.ts) and when scoring.
import type { Reason } from "./reasons";
import { poolWordVectors, shippedWordVectors, type WordVectors } from "./word-vectors";

export type SentenceFeatures = {
  /** Hashed feature indexes, sorted, each once (the model sees presence, not counts). */
  hashed: number[];
  /** The pooled word vectors (poolWordVectors). */
  dense: Float32Array;
};

export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

const TOKEN = /[$£€]?\d[\d,.]*(?:%| ?percent\b| ?per cent\b)?|\p{L}+(?:['’]\p{L}+)*|[?!%$£€]/gu;
const YEAR = /^(?:1[5-9]|20)\d\ds?$/;
const BOUNDARY = fnv("<s>");
const END = fnv("</s>");
const CAPITALISED = fnv("<capitalised>");
const FIRST_PERSON = fnv("<first-person>");
const MODAL = fnv("<modal>");
const HEDGE = fnv("<hedge>");
const PAST = fnv("<past>");
const FIRST_PERSON_WORDS = /^(?:i|we|my|our|me|us|i'm|we're|i've|we've|i'll|we'll|i'd|we'd)$/;
const MODAL_WORDS = /^(?:will|would|should|must|could|can|need|needs|want|wants|going|gonna|ought|'ll)$/;
const HEDGE_WORDS = /^(?:think|believe|feel|hope|guess|suppose|wish)$/;
const PAST_WORDS =
  /^(?:\p{L}+ed|was|were|had|did|said|went|made|got|took|gave|sold|paid|spent|lost|won|rose|fell|grew|left|brought|built|bought|came|told|held)$/u;
const REASON_SEED = 0x5bd1e995;
const LENGTH_SEED = 0x27d4eb2d;
const BIGRAM_SEED = 0x9e3779b1;

export function extractFeatures(sentence: string, reasons: readonly Reason[], vectors: WordVectors = shippedWordVectors()): SentenceFeatures {
  const features: number[] = [];
  const words: string[] = [];
  let previous = BOUNDARY;
  let count = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sentence); match; match = TOKEN.exec(sentence)) {
    const word = normaliseToken(match[0]);
    if (!word.startsWith("<")) words.push(word);
    const token = fnv(word);
    features.push(token & MASK, combine(previous, token) & MASK);
    if (count > 0 && /^\p{Lu}/u.test(match[0])) features.push(CAPITALISED & MASK);
    if (FIRST_PERSON_WORDS.test(word)) features.push(FIRST_PERSON & MASK);
    else if (MODAL_WORDS.test(word)) features.push(MODAL & MASK);
    else if (HEDGE_WORDS.test(word)) features.push(HEDGE & MASK);
    else if (PAST_WORDS.test(word)) features.push(PAST & MASK);
    previous = token;
    count++;
  }
  features.push(combine(previous, END) & MASK);
  for (const reason of reasons) features.push(fnv(reason.id, REASON_SEED) & MASK);
  features.push(fnv(lengthBucket(count), LENGTH_SEED) & MASK);
  return { hashed: uniqueSorted(features), dense: poolWordVectors(vectors, words) };
}

function uniqueSorted(values: number[]): number[] {
  values.sort((a, b) => a - b);
  let kept = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[kept++] = values[i];
  values.length = kept;
  return values;
}

function normaliseToken(token: string): string {
  const first = token.charCodeAt(0);
  const isNumeric = (first >= 48 && first <= 57) || /^[$£€]\d/.test(token);
  if (!isNumeric) return token.toLowerCase().replace(/’/g, "'");
  if (/^[$£€]/.test(token)) return "<money>";
  if (/%|per/.test(token)) return "<percent>";
  if (YEAR.test(token)) return "<year>";
  return token.replace(/[,.]$/, "").length <= 2 ? "<small-number>" : "<number>";
}

function lengthBucket(words: number): string {
  if (words < 5) return "tiny";
  if (words < 10) return "short";
  if (words < 20) return "medium";
  if (words < 35) return "long";
  return "very-long";
}

function combine(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, BIGRAM_SEED), 0x85ebca6b) ^ (a >>> 13);
}

/** 32-bit FNV-1a. */
function fnv(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
