// PostgreSQL's text form of a jsonb value, reproduced for values as JSON.parse
// gives them back. The audit chain hashes that text (the database computes it
// on insert), and an exported trail is verified offline, without PostgreSQL,
// so this must print byte for byte what `jsonb::text` prints:
// - object keys sorted by UTF-8 length, then bytewise (jsonb's storage order),
// - ", " between items and ": " after keys,
// - numbers in plain decimal (numeric_out never uses an exponent),
// - strings escaped as PostgreSQL's escape_json does (lowercase \u00xx).
// An integration test checks it against the database on awkward values.

export function toJsonbText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return numberText(value);
  if (typeof value === "string") return stringText(value);
  if (Array.isArray(value)) return `[${value.map(toJsonbText).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => compareJsonbKeys(a, b));
    return `{${entries.map(([key, item]) => `${stringText(key)}: ${toJsonbText(item)}`).join(", ")}}`;
  }
  throw new TypeError(`A ${typeof value} has no JSON form.`);
}

const encoder = new TextEncoder();

const ASCII = /^[\x00-\x7f]*$/;

function compareJsonbKeys(a: string, b: string): number {
  // ASCII (nearly every key): one byte a character, so UTF-16 order is byte order.
  if (ASCII.test(a) && ASCII.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  if (left.length !== right.length) return left.length - right.length;
  for (let index = 0; index < left.length; index++) {
    if (left[index] !== right[index]) return left[index] - right[index];
  }
  return 0;
}

const ESCAPES: Record<string, string> = { "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\" };

// Every character stringText escapes; a string without one is written as it is
// (hashes, ids, most text: the streamed audit export's hot path).
const NEEDS_ESCAPE = /[\u0000-\u001f"\\]/;

function stringText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  let out = '"';
  for (const char of text) {
    const escape = ESCAPES[char];
    if (escape) out += escape;
    else if (char < " ") out += `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

/** JavaScript's shortest round-trip digits, written out without an exponent. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new TypeError("JSON has no Infinity or NaN.");
  const shortest = String(value === 0 ? 0 : value); // -0 prints as 0, as in JSON.stringify
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, whole, fraction = "", exponentText] = match;
  const digits = whole + fraction;
  const pointAt = whole.length + Number(exponentText);
  if (pointAt <= 0) return `${sign}0.${"0".repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${"0".repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}
