"use client";

import { useEffect, useState, useTransition, type RefObject } from "react";
import { createClaimAction } from "@/lib/actions/claims";
import { claimTooLongMessage, MAX_CLAIM_CHARACTERS } from "@/lib/domain/claim-length";
import { trimSpan } from "@/lib/domain/highlight-segments";
import { getSelectedSpan } from "./selection-offsets";

type Pending = { start: number; end: number; top: number; left: number };
type Props = {
  articleId: string;
  text: string;
  textRef: RefObject<HTMLDivElement | null>;
  wrapperRef: RefObject<HTMLDivElement | null>;
  onCreated: (claimId: string) => void;
};

const BUTTON_WIDTH = 112;

/** Follows the selection in the article; offers "New claim" right under the selected words. */
export function NewClaimButton({ articleId, text, textRef, wrapperRef, onCreated }: Props) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isCreating, startTransition] = useTransition();

  useEffect(() => {
    function followSelection() {
      const container = textRef.current;
      const wrapper = wrapperRef.current;
      const selected = container && wrapper ? getSelectedSpan(container, document.getSelection()) : null;
      const span = selected ? trimSpan(text, selected.start, selected.end) : null;
      if (!selected || !span) {
        setPending(null);
        return;
      }
      const rects = selected.range.getClientRects();
      const last = rects[rects.length - 1] ?? selected.range.getBoundingClientRect();
      const box = wrapper!.getBoundingClientRect();
      const left = Math.max(0, Math.min(last.right - box.left - BUTTON_WIDTH / 2, box.width - BUTTON_WIDTH));
      setPending({ ...span, top: last.bottom - box.top + 6, left });
      setError(null);
    }
    document.addEventListener("selectionchange", followSelection);
    return () => document.removeEventListener("selectionchange", followSelection);
  }, [text, textRef, wrapperRef]);

  if (!pending) return null;
  const quote = text.slice(pending.start, pending.end);

  function create() {
    if (!pending) return;
    // The server refuses it too (createClaim); saying so here saves the round trip.
    if (pending.end - pending.start > MAX_CLAIM_CHARACTERS) {
      setError(claimTooLongMessage(pending.end - pending.start));
      return;
    }
    startTransition(async () => {
      const result = await createClaimAction({ articleId, start: pending.start, end: pending.end }).catch(() => null);
      if (result?.ok) {
        document.getSelection()?.removeAllRanges();
        setPending(null);
        onCreated(result.data.id);
      } else {
        setError(result?.message ?? "Could not reach the server; the claim was not created. Try again.");
      }
    });
  }

  return (
    <div className="absolute z-10" style={{ top: pending.top, left: pending.left }}>
      <button id="new-claim-button" type="button" onClick={create} disabled={isCreating} aria-describedby="new-claim-quote"
        // Keep the selection: a mousedown on the button would otherwise clear it.
        onMouseDown={(event) => event.preventDefault()}
        className="rounded-full bg-stone-900 px-3 py-1 text-sm font-medium text-white shadow-lg hover:bg-stone-700 disabled:opacity-60"
        style={{ width: BUTTON_WIDTH }}>
        {isCreating ? "Creating…" : "New claim"}
      </button>
      <span id="new-claim-quote" className="sr-only">from the selected words “{quote}”</span>
      {error && (
        <p role="alert" className="mt-1 w-64 rounded bg-red-50 px-2 py-1 text-sm text-red-800 shadow">{error}</p>
      )}
    </div>
  );
}
