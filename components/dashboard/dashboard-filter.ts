import type { ArticleListFilter } from "@/lib/server/articles/list-articles";

export const ARTICLE_STATES = ["in_review", "signed_off", "sent_back"] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

export const ARTICLE_STATE_LABELS: Record<ArticleState, string> = {
  in_review: "In review",
  signed_off: "Signed off",
  sent_back: "Sent back",
};

/** The dashboard's filter as it lives in the URL: ?assigned=me&state=in_review. */
export type DashboardFilter = { isAssignedToMe: boolean; state: ArticleState | null };

/** Reads the search params; unknown values are ignored rather than refused. */
export function readDashboardFilter(params: Record<string, string | string[] | undefined>): DashboardFilter {
  const state = typeof params.state === "string" ? params.state : "";
  return {
    isAssignedToMe: params.assigned === "me",
    state: (ARTICLE_STATES as readonly string[]).includes(state) ? (state as ArticleState) : null,
  };
}

export function toListFilter(filter: DashboardFilter): ArticleListFilter {
  return { isAssignedToMe: filter.isAssignedToMe, state: filter.state ?? undefined };
}

export function isFiltered(filter: DashboardFilter): boolean {
  return filter.isAssignedToMe || filter.state !== null;
}

export function dashboardHref(filter: DashboardFilter): string {
  const params = new URLSearchParams();
  if (filter.isAssignedToMe) params.set("assigned", "me");
  if (filter.state) params.set("state", filter.state);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
