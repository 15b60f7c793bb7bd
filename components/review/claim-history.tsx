import { formatDateTime } from "@/lib/format-date";
import type { ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { describeAction, describeChanges } from "./describe-history";

type Props = { history: ClaimDetail["history"]; nameOf: (userId: string) => string | undefined };

/** The claim's own audit trail, oldest first: who, when, what, from → to, and why. */
export function ClaimHistory({ history, nameOf }: Props) {
  if (history.length === 0) return <p className="text-sm text-stone-600">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-2 border-l-2 border-stone-200 pl-3 text-sm" data-testid="claim-history">
      {history.map((event) => {
        const changes = describeChanges(event.before, event.after, nameOf)
          // The rationale is shown once, as the reason.
          .filter((change) => !(change.field === "rationale" && event.reason && change.to === event.reason));
        return (
          <li key={event.id}>
            <p>
              <span className="font-semibold">{event.actorName ?? event.actorLabel}</span> {describeAction(event.action)}
              <span className="text-stone-500"> · <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at)}</time></span>
            </p>
            {changes.length > 0 && (
              <ul className="mt-0.5 text-stone-700">
                {changes.map((change) => (
                  <li key={change.field} className="break-words">
                    {change.label}: {change.from ? <del className="text-stone-500">{clip(change.from)}</del> : "—"} → {change.to ? <ins className="no-underline">{clip(change.to)}</ins> : "—"}
                  </li>
                ))}
              </ul>
            )}
            {event.reason && <p className="mt-0.5 text-stone-700"><span className="font-medium">Why:</span> {event.reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}

function clip(value: string): string {
  return value.length > 160 ? `${value.slice(0, 157)}…` : value;
}
