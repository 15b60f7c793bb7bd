// (Kept out of total-mismatch.ts, which is long: this reads shares that total-mismatch finds are no parts of a share.)
//
// "Of the castle's visitors, 63 per cent came from England, 29 per cent from Scotland and 24 per cent from overseas":
// a share "from" one source with more shares "from" others is no total of them (breakdownAfter in total-mismatch.ts);
// all are shares of one whole, side by side, so they cannot add up to more than all of it.
import type { Quantity } from "../numbers";
import type { Finding } from "../rule";

/**
 * A finding when the share `total` and the shares between `from` and `to` beside it add up to more than 100%, with
 * the rounding shares-over-100 allows: half a point for every whole share past the first (38%, 34% and 29% is routine).
 */
export function sharesBesideFinding(total: Quantity, quantities: readonly Quantity[], from: number, to: number, ruleId: string): Finding | null {
  const beside = quantities.filter((q) => q.isPercent && !q.isFraction && q.start >= from && q.end <= to);
  if (!total.isPercent || beside.length === 0) return null;
  const shares = [total, ...beside];
  const sum = shares.reduce((s, share) => s + share.value, 0);
  const rounding = beside.reduce((s, share) => s + (/\.\d/.test(share.text) ? 0.05 : 0.5), 0);
  if (sum <= 100 + Math.max(0.5, rounding)) return null;
  const last = shares[shares.length - 1];
  return { ruleId, message: `Shares of one whole add up to ${Number(sum.toFixed(2))}% (${shares.map((s) => s.text.trim()).join(" + ")}): more than all of it.`, start: total.start, end: last.end };
}
