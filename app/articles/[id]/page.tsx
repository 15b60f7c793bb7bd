import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getReviewPermissions } from "@/components/review/review-permissions";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { requireActor } from "@/lib/auth/require-actor";
import type { Actor } from "@/lib/domain/capabilities";
import { isAppError } from "@/lib/errors";
import { formatDay } from "@/lib/format-date";
import { loadReviewPage } from "@/lib/server/articles/load-review-page";
import { getClaimDetail, type ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { toWireClaim, toWireSuggestion } from "@/components/review/review-wire";

export const metadata: Metadata = { title: "Review" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string | string[] }> };

export default async function ArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { claim } = await searchParams;
  const claimId = typeof claim === "string" ? claim : null;
  const actor = await requireActor(claimId ? `/articles/${id}?claim=${claimId}` : `/articles/${id}`);
  // One statement for the page's data, the live cursor included (docs/decisions/030); the open claim in parallel.
  const [page, detail] = await Promise.all([
    loadReviewPage({ actor, articleId: id }).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    claimId ? loadClaimOfArticle(actor, claimId, id) : null,
  ]);
  const { article } = page;
  const text = article.revision.text;
  const permissions = getReviewPermissions(actor);
  const heading = (
    <>
      <h1 id="headline" className="font-serif text-3xl font-bold leading-tight">{article.headline}</h1>
      <p className="mt-2 text-sm text-stone-600">
        {[article.byline, article.publication, article.publishedAt && formatDay(article.publishedAt), `revision ${article.revision.number}`]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </>
  );
  const nav = (
    <nav aria-label="Article" className="flex flex-wrap gap-x-3 gap-y-1 text-sm font-medium">
      {[
        ...(permissions.canEditClaim ? [{ href: `/articles/${article.id}/edit`, label: "Edit text" }] : []),
        { href: `/articles/${article.id}/revisions`, label: "Revisions" },
        { href: `/articles/${article.id}/sign-off`, label: "Sign-off & exports" },
        { href: `/articles/${article.id}/audit`, label: "Audit trail" },
      ].map((link) => (
        <Link key={link.href} href={link.href} className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
          {link.label}
        </Link>
      ))}
    </nav>
  );
  return (
    <div className="space-y-6">
      {/* The text goes to the client once; claims and suggestions point into it (components/review/review-wire.ts). */}
      <ReviewWorkspace articleId={article.id} text={text} claims={article.claims.map((claim) => toWireClaim(claim, text))} detail={detail}
        selectedClaimId={claimId} users={page.users} permissions={permissions} status={page.status} liveCursor={page.liveCursor}
        userId={actor.id} heading={heading} nav={nav} revisionId={page.revisionId} suggestions={page.suggestions.map(toWireSuggestion)} />
    </div>
  );
}

/** The claim of ?claim=, or null when it is gone or belongs to another article. */
async function loadClaimOfArticle(actor: Actor, claimId: string, articleId: string): Promise<ClaimDetail | null> {
  try {
    const detail = await getClaimDetail({ actor, claimId });
    return detail.articleId === articleId.toLowerCase() ? detail : null;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
