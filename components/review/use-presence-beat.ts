"use client";

import { useEffect, useRef } from "react";
import type { AnnouncePresenceInput } from "@/lib/schemas/presence";
import { hasUnsavedDraft } from "./use-claim-draft";

const BEAT_MS = 10_000;
const TYPING_CHECK_MS = 1_500;
// One id per tab: the same person in two tabs is two viewers.
// Beats are numbered so that one overtaken on the way (a "here" heard after the goodbye) is ignored.
let beatsSent = 0;
const TAB_ID = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `tab-${Math.random().toString(36).slice(2, 12)}`;

/**
 * Tells the desk that this tab has the article open, on which claim, and whether
 * it has unsaved typing there: at once when that changes, and every 10 s
 * (viewers expire 25 s after their last beat, so a closed laptop drops out).
 */
export function usePresenceBeat({ articleId, claimId }: { articleId: string; claimId: string | null }) {
  const last = useRef<string>("");
  useEffect(() => {
    const send = (isHere: boolean, isForced = false) => {
      const isEditing = claimId ? hasUnsavedDraft(claimId) : false;
      const key = `${articleId}:${claimId}:${isEditing}:${isHere}`;
      if (!isForced && key === last.current) return;
      last.current = key;
      sendBeat({ tabId: TAB_ID, articleId, claimId, isEditing, isHere });
    };
    send(true, true);
    const beat = setInterval(() => send(true, true), BEAT_MS);
    const typing = setInterval(() => send(true), TYPING_CHECK_MS);
    const leave = () => send(false, true);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(beat);
      clearInterval(typing);
      window.removeEventListener("pagehide", leave);
    };
  }, [articleId, claimId]);
  // Leaving the article (not just switching claims) says goodbye.
  useEffect(() => () => sendBeat({ tabId: TAB_ID, articleId, claimId: null, isEditing: false, isHere: false }), [articleId]);
}

/**
 * POST /api/live/presence. `keepalive` lets the goodbye sent from `pagehide`
 * outlive the closing tab (an ordinary request, a server action's included, is
 * cancelled with the page). A lost beat is not worth an error: the next one comes.
 */
function sendBeat(beat: Omit<AnnouncePresenceInput, "seq">): void {
  beatsSent += 1;
  void fetch("/api/live/presence", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...beat, seq: beatsSent }),
    keepalive: true,
  }).catch(() => undefined);
}
