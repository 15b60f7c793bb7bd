// Units of data and frequency that copy writes with an SI prefix: "900Mbps, or 0.9Gbps", "a 2TB drive (2,000GB)",
// "3.2GHz (3,200MHz)". measures.ts has no dimension for them, and magnitude-mismatch needs only how two of them
// compare, so they are read here (its own file: the shared table stays as it is, and the rule stays short).
// ("2 petabytes, or 2,000 terabytes", "a 1PB archive (1,000TB)".)
const PREFIX_SIZE: Record<string, number> = { k: 1e3, kilo: 1e3, m: 1e6, mega: 1e6, g: 1e9, giga: 1e9, t: 1e12, tera: 1e12, p: 1e15, peta: 1e15 };
// (A figure's unit as numbers.ts reads it: its letters, lower case — "mbps", "gbit", "megabytes".)
const PREFIXED = /^(kilo|mega|giga|tera|peta|k|m|g|t|p)(bps|bits?|bytes?|b|hz|hertz)$/;

/**
 * The sizes of two units that differ only by their prefix ("mbps" and "gbps": 1e6 and 1e9), or null when either is
 * no such unit or their stems differ ("mb" and "gbps", "megabytes" and "gb" are not compared).
 */
export function prefixedSizes(unit1: string, unit2: string): [number, number] | null {
  const [a, b] = [PREFIXED.exec(unit1), PREFIXED.exec(unit2)];
  if (!a || !b || a[2].replace(/s$/, "") !== b[2].replace(/s$/, "")) return null;
  return [PREFIX_SIZE[a[1]], PREFIX_SIZE[b[1]]];
}
