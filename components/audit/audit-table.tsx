import type { AuditEventView } from "@/lib/server/audit/list-audit-events";
import type { AuditClaimOption } from "@/lib/server/audit/get-audit-filter-options";
import { TableHead } from "@/components/table-head";
import {
  describeAction,
  describeActor,
  describeChanges,
  formatAuditTime,
  truncate,
  type FieldChange,
} from "./describe-audit-event";

type Props = {
  events: AuditEventView[];
  claims: AuditClaimOption[];
  namesById: Record<string, string>;
  caption: string;
};

/** The trail, newest first: when, who, what they did, to which claim, what changed, why. */
export function AuditTable({ events, claims, namesById, caption }: Props) {
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={[{ label: "When (UTC)", isNoWrap: true }, "Who", "Action", "What", "Changes", "Reason"]} />
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-t border-stone-200 align-top">
              <td className="p-2 whitespace-nowrap tabular-nums">
                <time dateTime={new Date(event.at).toISOString()}>{formatAuditTime(event.at)}</time>
              </td>
              <td className="p-2">{describeActor(event)}</td>
              <td className="p-2 whitespace-nowrap font-medium">{describeAction(event.action, event.after)}</td>
              <td className="p-2 min-w-48">{describeSubject(event, claimsById)}</td>
              <td className="p-2 min-w-56">
                <ChangeList changes={describeChanges(event.before, event.after, { namesById, reason: event.reason })} />
              </td>
              <td className="p-2 min-w-40 text-stone-700">{event.reason ? truncate(event.reason, 300) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function describeSubject(event: AuditEventView, claimsById: Map<string, AuditClaimOption>) {
  if (event.claimId) {
    const claim = claimsById.get(event.claimId);
    if (!claim) return <span className="text-stone-500">A claim</span>;
    return (
      <q className="font-serif">
        {truncate(claim.quote, 90)}
        {claim.isDeleted && <span className="ml-1 font-sans text-xs text-stone-500">(deleted)</span>}
      </q>
    );
  }
  if (event.entityType === "article" || event.entityType === "sign-off" || event.entityType === "revision") {
    return <span className="text-stone-600">The article</span>;
  }
  return <span className="text-stone-600">{event.entityType.replace(/-/g, " ")}</span>;
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="space-y-0.5">
      {changes.map((change) => (
        <li key={change.field} className="break-words">
          <span className="text-stone-500">{change.field}:</span>{" "}
          {change.before !== undefined && change.after !== undefined ? (
            <>
              <span className="text-stone-600">{change.before}</span>
              <span aria-label="changed to"> → </span>
              <span className="font-medium">{change.after}</span>
            </>
          ) : change.after !== undefined ? (
            <span className="font-medium">{change.after}</span>
          ) : (
            <span className="text-stone-600 line-through">{change.before}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
