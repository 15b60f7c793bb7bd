"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLiveEvents } from "./use-live-events";

/**
 * For the list pages (dashboard, claims queue, sign-off, audit trail): a change
 * that may alter what they show re-renders them for this viewer, at most once
 * per second however busy the desk is. `articleId` narrows it to one article.
 */
export function LiveRefresh({ articleId, after }: { articleId?: string; after?: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastRefresh = useRef(0);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const schedule = () => {
    if (timer.current) return;
    const wait = Math.max(100, 1_000 - (Date.now() - lastRefresh.current));
    timer.current = setTimeout(() => {
      timer.current = null;
      lastRefresh.current = Date.now();
      router.refresh();
    }, wait);
  };
  useLiveEvents(
    {
      onChange: (change) => {
        if (!articleId || change.articleId === articleId) schedule();
      },
      onResync: schedule,
    },
    { after },
  );
  return <span hidden data-testid="live-refresh" />;
}
