import type { ReactNode } from "react";
import type { Feedback } from "./use-action-runner";

/**
 * The outcome of a claim form: a polite status when saved, an alert when not;
 * on a conflict, the value saved now beside what the user typed (kept in the form).
 */
export function FormMessage<T>({ feedback, renderCurrent }: { feedback: Feedback<T> | null; renderCurrent?: (current: T) => ReactNode }) {
  if (feedback?.isError && feedback.code === "CONFLICT" && feedback.current && renderCurrent) {
    return (
      <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="conflict-notice">
        <p className="font-medium">{feedback.message}</p>
        <div className="mt-2 rounded bg-white/70 p-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-amber-900">Saved now</p>
          {renderCurrent(feedback.current)}
        </div>
        <p className="mt-2 text-xs">Save again to replace it with what you typed, or change your text first.</p>
      </div>
    );
  }
  if (feedback?.isError) {
    return <p role="alert" className="rounded bg-red-50 px-2 py-1 text-sm text-red-800">{feedback.message}</p>;
  }
  return <p role="status" className="text-sm text-emerald-800">{feedback?.message}</p>;
}

/** aria-describedby for a field: its hint and its error, when present. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

export const INPUT_CLASS = "mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600";
export const PRIMARY_BUTTON_CLASS =
  "rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60";
export const SECONDARY_BUTTON_CLASS =
  "rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-60";
