"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLiveEvents, type LiveChange, type Viewer } from "@/components/live/use-live-events";
import { loadArticleStatusAction, loadClaimUpdateAction } from "@/lib/actions/live";
import type { ArticleStatus } from "@/lib/server/articles/get-article-status";
import type { ReviewClaim } from "@/lib/server/articles/get-article-for-review";
import type { ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { isShownAlready } from "@/lib/domain/live/is-shown-already";

/** Someone else's change to the open claim, told in its panel before the user saves over it. */
export type ForeignChange = { claimId: string; actorName: string; action: string; eventId: string };

type Options = {
  articleId: string;
  claims: ReviewClaim[];
  detail: ClaimDetail | null;
  status: ArticleStatus;
  openId: string | null;
  userId: string;
  liveCursor: string;
};

/**
 * The review page's live state: the claims list, the open claim and the
 * article's status start from what the server rendered and are then updated
 * in place, one claim at a time, from saves on this page and from the live
 * stream (anyone's saves, on any instance). Only a change of the text itself
 * (a new revision) re-renders the page.
 */
export function useLiveReview(options: Options) {
  const router = useRouter();
  const [rendered, setRendered] = useState({ claims: options.claims, detail: options.detail, status: options.status });
  const [claims, setClaims] = useState(options.claims);
  const [detail, setDetail] = useState(options.detail);
  const [status, setStatus] = useState(options.status);
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const [foreignChange, setForeignChange] = useState<ForeignChange | null>(null);
  const openIdRef = useRef(options.openId);
  useEffect(() => {
    openIdRef.current = options.openId;
  }, [options.openId]);
  const detailRef = useRef(detail);
  useEffect(() => {
    detailRef.current = detail;
  }, [detail]);
  const inFlight = useRef(new Map<string, Promise<void>>());

  // A server render (navigation, new revision) brings fresh props: start from them.
  if (rendered.claims !== options.claims || rendered.detail !== options.detail || rendered.status !== options.status) {
    setRendered({ claims: options.claims, detail: options.detail, status: options.status });
    setClaims(options.claims);
    setDetail(options.detail);
    setStatus(options.status);
  }

  const refreshClaim = useCallback((claimId: string) => {
    // Saves and their live echo arrive together: one fetch serves both.
    if (inFlight.current.has(claimId)) return inFlight.current.get(claimId)!;
    const loading = (async () => {
      const result = await loadClaimUpdateAction(claimId).catch(() => null);
      inFlight.current.delete(claimId);
      if (!result?.ok) return;
      const fresh = result.data;
      setClaims((current) => (fresh ? upsertClaim(current, toReviewClaim(fresh)) : current.filter((claim) => claim.id !== claimId)));
      if (openIdRef.current === claimId) setDetail(fresh);
    })();
    inFlight.current.set(claimId, loading);
    return loading;
  }, []);

  const refreshStatus = useCallback(async () => {
    const result = await loadArticleStatusAction(options.articleId).catch(() => null);
    if (result?.ok) setStatus(result.data);
  }, [options.articleId]);

  // Dismissals this page is making (it hides them itself): their own events need no refresh.
  // Counted before the request, since the event may arrive before the answer; undone if it fails.
  const ownSuggestionChanges = useRef(0);
  const expectOwnSuggestionChange = useCallback(() => {
    ownSuggestionChanges.current += 1;
    return () => void (ownSuggestionChanges.current = Math.max(0, ownSuggestionChanges.current - 1));
  }, []);

  function handleChange(change: LiveChange) {
    if (change.articleId !== options.articleId) return;
    if (change.entityType === "revision" || change.entityType === "article") {
      router.refresh();
      return;
    }
    if (change.entityType === "suggestion") {
      // Someone else dismissed one: the page's suggestions come from the server (3 statements).
      if (change.actorId === options.userId && ownSuggestionChanges.current > 0) ownSuggestionChanges.current -= 1;
      else router.refresh();
      return;
    }
    if (change.action.startsWith("sign-off.") || change.entityType === "sign-off") void refreshStatus();
    if (!change.claimId) return;
    void refreshClaim(change.claimId);
    if (change.claimId === openIdRef.current && change.actorId !== options.userId && !isShownAlready(detailRef.current, change)) {
      setForeignChange({ claimId: change.claimId, actorName: change.actorName ?? "Someone", action: change.action, eventId: change.id });
    }
  }

  useLiveEvents(
    {
      onChange: handleChange,
      onPresence: (presence) => {
        if (presence.articleId === options.articleId) setViewers(presence.viewers);
      },
      onResync: () => router.refresh(),
    },
    { after: options.liveCursor },
  );

  /** A form on this page saved (or hit a conflict): update the claim and the status in place. */
  function afterSave(data: unknown) {
    const saved = data as { articleStatus?: ArticleStatus } | null;
    if (saved?.articleStatus) setStatus(saved.articleStatus);
    else void refreshStatus();
    if (openIdRef.current) void refreshClaim(openIdRef.current);
  }

  return { claims, detail, status, viewers, foreignChange, dismissForeignChange: () => setForeignChange(null), afterSave, expectOwnSuggestionChange };
}

function toReviewClaim(detail: ClaimDetail): ReviewClaim {
  const { id, exact, start, end, restated, verdict, correction, rationale, isOrphaned, version, updatedAt, assignee } = detail;
  return { id, exact, start, end, restated, verdict, correction, rationale, isOrphaned, version, updatedAt, assignee };
}

/** The list keeps the server's reading order: live claims by position, orphaned last. */
function upsertClaim(claims: ReviewClaim[], claim: ReviewClaim): ReviewClaim[] {
  const others = claims.filter((existing) => existing.id !== claim.id);
  return [...others, claim].sort((a, b) => Number(a.isOrphaned) - Number(b.isOrphaned) || a.start - b.start || b.end - a.end);
}
