// Which spotter made a stored list of suggestions: a hash of its fitted weights
// and word vectors (what decides its output) and of this format's number. A new
// model (npm run fit-spotter) gets a new version, so suggestions stored for a
// revision by the old one are simply not read again.
import { createHash } from "node:crypto";
import fittedDocument from "./spotter-weights.json";
import shippedDocument from "./word-vectors.json";

const FORMAT = "suggestions-v1";
let version: string | null = null;

export function spotterModelVersion(): string {
  version ??= `${FORMAT}:${createHash("sha256").update(JSON.stringify(fittedDocument)).update(JSON.stringify(shippedDocument)).digest("hex").slice(0, 16)}`;
  return version;
}
