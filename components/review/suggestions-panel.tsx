"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createClaimAction } from "@/lib/actions/claims";
import { dismissSuggestionAction } from "@/lib/actions/suggestions";
import type { SuggestionView } from "@/lib/server/suggestions/list-suggestions";
import { ARTICLE_TEXT_SELECTOR, rangeForOffsets } from "./text-range";
import { useIsHydrated } from "./use-is-hydrated";

type Props = {
  articleId: string;
  revisionId: string;
  suggestions: SuggestionView[];
  canAct: boolean;
  /**
   * Called as a dismissal starts; what it returns is called with the outcome. The
   * workspace hides a dismissed suggestion in place (no re-render of the page).
   */
  onDismiss: (suggestion: SuggestionView) => (isDismissed: boolean) => void;
};

// The most check-worthy first (the server ranks them); a long article's list
// opens with this many and grows a page at a time.
const PAGE = 10;

/**
 * The claim spotter's suggestions for this revision: sentences worth checking,
 * why, and any internal contradiction found. Accept makes it a claim; dismiss
 * hides it for this revision (both recorded in the audit trail).
 */
export function SuggestionsPanel({ articleId, revisionId, suggestions, canAct, onDismiss }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [isPending, startTransition] = useTransition();
  const [visibleCount, setVisibleCount] = useState(PAGE);
  const visible = suggestions.slice(0, visibleCount);
  // The words are in the article text already: quoted here once hydrated, not sent again in the HTML.
  const isHydrated = useIsHydrated();
  const quote = (suggestion: SuggestionView) => (isHydrated ? ` “${suggestion.exact}”` : "");

  function accept(suggestion: SuggestionView) {
    clearShownSuggestion();
    startTransition(async () => {
      const result = await createClaimAction({ articleId, start: suggestion.start, end: suggestion.end });
      setMessage({ text: result.ok ? "Suggestion accepted as a claim." : result.message, isError: !result.ok });
      if (result.ok) router.replace(`/articles/${articleId}?claim=${result.data.id}`, { scroll: false });
    });
  }

  function clearShownSuggestion() {
    if ("highlights" in CSS) CSS.highlights.delete("suggestion");
  }

  /** Scrolls the article to the suggested words and marks them (CSS Custom Highlight; a selection where unsupported). */
  function showInText(suggestion: SuggestionView) {
    const container = document.querySelector<HTMLElement>(ARTICLE_TEXT_SELECTOR);
    const range = container && rangeForOffsets(container, suggestion.start, suggestion.end);
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
    if ("highlights" in CSS) {
      CSS.highlights.set("suggestion", new Highlight(range));
    } else {
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }
  }

  function dismiss(suggestion: SuggestionView) {
    clearShownSuggestion();
    const settle = onDismiss(suggestion);
    startTransition(async () => {
      const result = await dismissSuggestionAction({ revisionId, start: suggestion.start, end: suggestion.end }).catch(() => null);
      settle(result?.ok === true);
      setMessage(result?.ok ? { text: "Suggestion dismissed.", isError: false } : { text: result?.message ?? "The suggestion was not dismissed: try again.", isError: true });
    });
  }

  return (
    <section aria-labelledby="suggestions-heading" className="rounded-lg border border-stone-200 bg-white">
      <h2 id="suggestions-heading" className="p-3 font-semibold">
        Suggested claims ({suggestions.length})
      </h2>
      <div className="max-h-72 space-y-2 overflow-y-auto px-3 pb-3">
        {message && <p role={message.isError ? "alert" : "status"} className={message.isError ? "text-sm text-red-700" : "text-sm text-emerald-800"}>{message.text}</p>}
        {suggestions.length === 0 ? (
          <p className="text-sm text-stone-600">No more suggestions: every check-worthy sentence is a claim or was dismissed.</p>
        ) : (
          <ul className="space-y-2" aria-label="Suggested claims">
            {visible.map((suggestion) => (
              <li key={`${suggestion.start}-${suggestion.end}`} data-testid="suggestion" className="rounded border border-stone-200 p-2 text-sm">
                <p className="min-h-6 font-serif">{quote(suggestion).trimStart()}</p>
                <p className="mt-1 text-xs text-stone-600">
                  {Math.round(suggestion.score * 100)}% check-worthy
                  {suggestion.reasons.length > 0 && ` · ${suggestion.reasons.map((reason) => reason.label).join(", ")}`}
                </p>
                {suggestion.findings.map((finding, index) => (
                  <p key={`${finding.ruleId}-${index}`} role="note" data-testid="consistency-warning" className="mt-1 rounded bg-amber-50 px-2 py-1 text-amber-900">
                    ⚠ {finding.message}
                  </p>
                ))}
                <div className="mt-2 flex gap-2">
                  {canAct && (
                    <>
                      <button type="button" disabled={isPending} onClick={() => accept(suggestion)}
                        className="rounded bg-stone-900 px-2 py-0.5 text-xs text-white disabled:opacity-60">
                        Accept<span className="sr-only">{quote(suggestion)}</span>
                      </button>
                      <button type="button" disabled={isPending} onClick={() => dismiss(suggestion)}
                        className="rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100">
                        Dismiss<span className="sr-only">{quote(suggestion)}</span>
                      </button>
                    </>
                  )}
                  <button type="button" onClick={() => showInText(suggestion)}
                    className="rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100">
                    Show in text<span className="sr-only">{quote(suggestion)}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        {visible.length < suggestions.length && (
          <div className="flex gap-3 text-sm">
            <button type="button" onClick={() => setVisibleCount((count) => count + PAGE)} className="text-blue-800 underline">
              Show {Math.min(PAGE, suggestions.length - visible.length)} more
            </button>
            <button type="button" onClick={() => setVisibleCount(suggestions.length)} className="text-blue-800 underline">
              Show all {suggestions.length}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
