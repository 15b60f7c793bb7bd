import type { ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { describeAction, describeChanges } from "./describe-history";
import type { ForeignChange } from "./use-live-review";

type Props = {
  change: ForeignChange;
  history: ClaimDetail["history"];
  nameOf: (userId: string) => string | undefined;
  onDismiss: () => void;
};

/**
 * Someone else saved the claim open here: who, and what changed, before this
 * user saves (issue 12, item 2). Typing in the forms is kept; a save over the
 * change meets the named conflict box instead of overwriting it.
 */
export function ForeignChangeNotice({ change, history, nameOf, onDismiss }: Props) {
  const event = history.find((entry) => entry.id === change.eventId);
  const changes = event ? describeChanges(event.before, event.after, nameOf) : [];
  return (
    <div role="alert" data-testid="foreign-change" className="rounded border border-sky-300 bg-sky-50 p-2 text-sm text-sky-950">
      <p>
        <span className="font-semibold">{change.actorName}</span> {describeAction(change.action)} just now.
        {" "}Anything you typed here is kept; saving over their change shows you both versions first.
      </p>
      {changes.length > 0 && (
        <ul className="mt-1">
          {changes.map((item) => (
            <li key={item.field}>{item.label}: {item.from ?? "—"} → {item.to ?? "—"}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onDismiss} className="mt-1 text-xs underline underline-offset-2">Dismiss</button>
    </div>
  );
}
