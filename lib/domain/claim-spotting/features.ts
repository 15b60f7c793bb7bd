// The model's features: hashed words and word pairs (numbers folded into a few
// shapes, so "15%" and "43%" count alike) plus the hand-written reasons.
import type { Reason } from "./reasons";

export const FEATURE_BITS = 15;
const FEATURE_MASK = (1 << FEATURE_BITS) - 1;

export function tokenize(sentence: string): string[] {
  const tokens = sentence.toLowerCase().match(/\d[\d,.]*\s?%|\d[\d,.]*|[a-zà-ÿ]+(?:['’][a-z]+)?/g) ?? [];
  return tokens.map(foldNumber);
}

function foldNumber(token: string): string {
  if (!/^\d/.test(token)) return token;
  if (token.endsWith("%")) return "<pct>";
  if (/^(1[89]|20)\d\d$/.test(token)) return "<year>";
  return token.replace(/[,.]/g, "").length > 3 ? "<bignum>" : "<num>";
}

/** Feature indices (with repeats) of a sentence. */
export function extractFeatures(sentence: string, reasons: readonly Reason[]): number[] {
  const tokens = tokenize(sentence);
  const features: number[] = [hash("<bias>")];
  for (let i = 0; i < tokens.length; i++) {
    features.push(hash(tokens[i]));
    if (i > 0) features.push(hash(`${tokens[i - 1]} ${tokens[i]}`));
  }
  for (const reason of reasons) features.push(hash(`<reason:${reason.id}>`));
  features.push(hash(`<length:${Math.min(6, Math.floor(tokens.length / 5))}>`));
  return features;
}

// FNV-1a, 32 bit: fast and stable across runs and machines.
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0) & FEATURE_MASK;
}
