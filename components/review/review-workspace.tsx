"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useOptimistic, useRef, useState, useTransition, type ReactNode } from "react";
import { ProgressBar } from "@/components/articles/progress-bar";
import { emptyVerdictCounts } from "@/lib/domain/verdicts";
import { withoutTakenSuggestions } from "@/lib/domain/suggestions/untaken-suggestions";
import type { ArticleStatus } from "@/lib/server/articles/get-article-status";
import { pickSpanAt } from "@/lib/domain/highlight-segments";
import type { Verdict } from "@/lib/domain/verdicts";
import type { ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { ArticlePane } from "./article-pane";
import { ArticleStatusNotice } from "./article-status-notice";
import { PresenceList } from "./presence-list";
import { ReviewLiveContext } from "./review-live-context";
import { useLiveReview } from "./use-live-review";
import { usePresenceBeat } from "./use-presence-beat";
import type { AssignableUser } from "./assignee-form";
import { ClaimPanelSlot } from "./claim-panel-slot";
import { ClaimsSidebar } from "./claims-sidebar";
import { filterClaims } from "./filter-claims";
import type { ReviewPermissions } from "./review-permissions";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { scrollWithinColumn } from "./scroll-within";
import { useReviewShortcuts } from "./use-review-shortcuts";
import { fromWireClaim, fromWireSuggestion, type WireClaim, type WireSuggestion } from "./review-wire";
import { SuggestionsPanel } from "./suggestions-panel";
import type { VerdictFormHandle } from "./verdict-form";

type Props = {
  articleId: string;
  /** The revision text: sent once, everything else points into it by offsets. */
  text: string;
  claims: WireClaim[];
  revisionId: string;
  /** The spotter's suggestions not yet taken or dismissed, most check-worthy first. */
  suggestions: WireSuggestion[];
  /** The claim named in ?claim=, loaded by the page (null when none or not in this article). */
  detail: ClaimDetail | null;
  selectedClaimId: string | null;
  users: AssignableUser[];
  permissions: ReviewPermissions;
  /** Where the article stands (in review / signed off / sent back), as rendered. */
  status: ArticleStatus;
  /** The audit id the page was rendered at: the live stream starts from it. */
  liveCursor: string;
  userId: string;
  /** The headline block, and the article's links, rendered by the page. */
  heading: ReactNode;
  nav: ReactNode;
};

/**
 * The review page's moving parts: which claim is open (kept in ?claim= so a link
 * opens it), the claim search, the keyboard triage, and the three columns.
 */
export function ReviewWorkspace(props: Props) {
  const { articleId, text, selectedClaimId, users, permissions } = props;
  const router = useRouter();
  const pathname = usePathname();
  const [isNavigating, startNavigation] = useTransition();
  // The list and highlights follow a click at once; the panel follows when the server has answered.
  const [openId, setOpenId] = useOptimistic(selectedClaimId);
  // Memoized on the server's props: a new render (new revision) brings new arrays, and the live state restarts from them.
  const renderedClaims = useMemo(() => props.claims.map((claim) => fromWireClaim(claim, text)), [props.claims, text]);
  const suggestions = useMemo(() => props.suggestions.map((suggestion) => fromWireSuggestion(suggestion, text)), [props.suggestions, text]);
  const live = useLiveReview({ articleId, claims: renderedClaims, detail: props.detail, status: props.status, openId, userId: props.userId, liveCursor: props.liveCursor });
  const { claims, detail } = live;
  // Suggestions close in place: dismissed here, or taken by a claim that appeared (here or live).
  const [dismissedHere, setDismissedHere] = useState<{ start: number; end: number }[]>([]);
  const openSuggestions = useMemo(() => withoutTakenSuggestions(suggestions, dismissedHere, claims), [suggestions, dismissedHere, claims]);
  usePresenceBeat({ articleId, claimId: openId });
  const counts = useMemo(() => {
    const tally = emptyVerdictCounts();
    for (const { verdict } of claims) tally[verdict]++;
    return tally;
  }, [claims]);
  const [query, setQuery] = useState("");
  const visibleClaims = useMemo(() => filterClaims(claims, query), [claims, query]);
  const textRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const verdictFormRef = useRef<VerdictFormHandle>(null);

  function open(claimId: string | null, options: { isTextScrolled?: boolean; isListFocused?: boolean } = {}) {
    startNavigation(() => {
      setOpenId(claimId);
      router.replace(claimId ? `${pathname}?claim=${claimId}` : pathname, { scroll: false });
    });
    if (!claimId) return;
    const item = document.getElementById(`claim-item-${claimId}`);
    if (options.isListFocused) item?.focus({ preventScroll: true });
    scrollWithinColumn(item, "nearest");
    if (options.isTextScrolled) {
      const isReduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      scrollWithinColumn(textRef.current?.querySelector(`[data-claim-ids~="${claimId}"]`), "center", isReduced ? "auto" : "smooth");
    }
  }

  function step(delta: 1 | -1) {
    if (visibleClaims.length === 0) return;
    const index = visibleClaims.findIndex((claim) => claim.id === openId);
    const next = index === -1
      ? (delta === 1 ? 0 : visibleClaims.length - 1)
      : Math.min(visibleClaims.length - 1, Math.max(0, index + delta));
    open(visibleClaims[next].id, { isTextScrolled: true, isListFocused: true });
  }

  function openFromHighlight(claimIds: string[]) {
    const covering = claims.filter((claim) => claimIds.includes(claim.id));
    const claimId = pickSpanAt(covering, openId);
    if (claimId) open(claimId);
  }

  // Marks the page as interactive once hydrated: the keyboard and selection
  // listeners are attached by now (children's effects run first). The claim
  // panel loads on demand: a page opened on a claim waits for it too. Tests wait for it.
  const [isPanelMounted, setPanelMounted] = useState(false);
  const isPanelAwaited = useRef(props.detail !== null && props.detail.id === selectedClaimId);
  const markPanelMounted = useCallback(() => setPanelMounted(true), []);
  useEffect(() => {
    if (isPanelAwaited.current && !isPanelMounted) return;
    document.documentElement.dataset.reviewReady = "true";
  }, [isPanelMounted]);
  useEffect(() => () => {
    delete document.documentElement.dataset.reviewReady;
  }, []);

  useReviewShortcuts({
    onNext: () => step(1),
    onPrevious: () => step(-1),
    onVerdict: (verdict: Verdict) => {
      if (permissions.canSetVerdict && detail && detail.id === openId) verdictFormRef.current?.choose(verdict);
    },
    onSearch: () => searchRef.current?.focus(),
    onHelp: () => dialogRef.current?.showModal(),
    onNewClaim: () => document.getElementById("new-claim-button")?.click(),
  });

  return (
    <ReviewLiveContext value={{ afterSave: live.afterSave }}>
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 max-w-3xl space-y-2">
          {props.heading}
          <ArticleStatusNotice status={live.status} />
        </div>
        <div className="w-64 space-y-2">
          <ProgressBar counts={counts} />
          {props.nav}
          <PresenceList viewers={live.viewers} claims={claims} userId={props.userId} />
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:grid-rows-[auto_1fr] lg:[grid-template-areas:'article_list'_'article_panel'] xl:grid-cols-[16rem_minmax(0,1fr)_26rem] xl:grid-rows-[auto] xl:[grid-template-areas:'list_article_panel']">
        {/* On a wide screen (xl) each column scrolls by itself, so `j` keeps the page's header in view; on a
            phone the article scrolls in its own box, so the claim panel below it is a short scroll away. */}
        <aside aria-label="Claims" data-scroll-column className="max-h-[40vh] overflow-y-auto p-1 lg:[grid-area:list] xl:sticky xl:top-4 xl:max-h-[calc(100vh-14rem)] xl:self-start">
          <ClaimsSidebar claims={claims} visibleClaims={visibleClaims} query={query} selectedClaimId={openId} searchRef={searchRef}
            onQueryChange={setQuery} onSelect={(claimId) => open(claimId, { isTextScrolled: true })}
            onShowShortcuts={() => dialogRef.current?.showModal()} canCreateClaim={permissions.canCreateClaim} />
        </aside>
        {/* Focusable so the keyboard can scroll it where it is a scroll box. */}
        <div data-scroll-column tabIndex={0} className="max-h-[65vh] min-w-0 overflow-y-auto rounded-lg lg:max-h-none lg:overflow-visible lg:[grid-area:article] xl:max-h-[calc(100vh-14rem)] xl:overflow-y-auto">
          <ArticlePane articleId={articleId} text={text} claims={claims} selectedClaimId={openId} canCreateClaim={permissions.canCreateClaim}
            textRef={textRef} onHighlightClick={openFromHighlight} onSelect={(claimId) => open(claimId)}
            onCreated={(claimId) => open(claimId)} />
        </div>
        <section aria-label="Claim details" className="rounded-lg border border-stone-200 bg-white lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:[grid-area:panel] xl:max-h-[calc(100vh-14rem)]">
          <ClaimPanelSlot claims={claims} openId={openId} detail={detail} isLoading={isNavigating} users={users} permissions={permissions}
            verdictFormRef={verdictFormRef} onDeleted={() => open(null)} status={live.status} viewers={live.viewers} userId={props.userId}
            foreignChange={live.foreignChange?.claimId === openId ? live.foreignChange : null} onDismissForeignChange={live.dismissForeignChange}
            onPanelMounted={markPanelMounted} />
        </section>
        <ShortcutsDialog ref={dialogRef} />
      </div>
      <SuggestionsPanel
        articleId={articleId}
        revisionId={props.revisionId}
        suggestions={openSuggestions}
        canAct={permissions.canEditClaim}
        onDismiss={({ start, end }) => {
          const cancel = live.expectOwnSuggestionChange();
          return (isDismissed) => (isDismissed ? setDismissedHere((current) => [...current, { start, end }]) : cancel());
        }}
      />
    </ReviewLiveContext>
  );
}
