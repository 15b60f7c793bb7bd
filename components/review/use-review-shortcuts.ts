"use client";

import { useEffect, useEffectEvent } from "react";
import type { Verdict } from "@/lib/domain/verdicts";

export type ReviewShortcuts = {
  onNext: () => void;
  onPrevious: () => void;
  onVerdict: (verdict: Verdict) => void;
  onSearch: () => void;
  onHelp: () => void;
  onNewClaim: () => void;
};

const VERDICT_KEYS: Record<string, Verdict> = { v: "verified", d: "disputed", c: "corrected" };

/**
 * Single-key triage shortcuts. They stay out of the way while the user types
 * (inputs, text areas, selects, editable text), while a modal is open, and when
 * a modifier is held (so Ctrl+C still copies).
 */
export function useReviewShortcuts(shortcuts: ReviewShortcuts) {
  const handleKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (document.querySelector("dialog[open]")) return;
    const key = event.key;
    if (key === "j") shortcuts.onNext();
    else if (key === "k") shortcuts.onPrevious();
    else if (key in VERDICT_KEYS) shortcuts.onVerdict(VERDICT_KEYS[key]);
    else if (key === "/") shortcuts.onSearch();
    else if (key === "?") shortcuts.onHelp();
    else if (key === "n") shortcuts.onNewClaim();
    else return;
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => handleKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
