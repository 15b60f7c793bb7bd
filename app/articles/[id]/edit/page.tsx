import type { Metadata } from "next";
import Link from "next/link";
import { ArticleDetailsForm } from "@/components/articles/article-details-form";
import { notFound } from "next/navigation";
import { ImportRevisionForm } from "@/components/imports/import-revision-form";
import { ApplyCorrectionsButton } from "@/components/revisions/apply-corrections-button";
import { EditTextForm } from "@/components/revisions/edit-text-form";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { isAppError } from "@/lib/errors";
import { getArticleForReview } from "@/lib/server/articles/get-article-for-review";

export const metadata: Metadata = { title: "Edit text and details" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ imported?: string }> };

export default async function EditTextPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { imported } = await searchParams;
  const actor = await requireActor(`/articles/${id}/edit`);
  const article = await getArticleForReview({ actor, articleId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="space-y-4">
      <Link href={`/articles/${id}`} className="text-sm text-stone-600 hover:underline">← Back to the review</Link>
      <h1 className="font-serif text-3xl font-bold">Edit the text and details</h1>
      <p className="max-w-3xl text-sm text-stone-600">
        Saving makes revision {article.revision.number + 1}. Every claim is re-anchored: claims whose words are
        unchanged follow them; claims whose words changed go back to pending; claims whose words are gone are
        marked orphaned. Separate paragraphs with a blank line.
      </p>
      {can(actor, "article:edit") ? (
        <>
          {imported === "1" && (
            <p role="status" className="max-w-3xl rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
              Imported as revision 1. Check the details read from the file, then go back to the review.
            </p>
          )}
          <ArticleDetailsForm articleId={id} details={article} />
          <ApplyCorrectionsButton articleId={id} version={article.version}
            correctedCount={article.claims.filter((claim) => claim.verdict === "corrected" && !claim.isOrphaned && claim.correction).length} />
          <EditTextForm articleId={id} version={article.version} text={article.revision.text} />
          <ImportRevisionForm articleId={id} version={article.version} />
        </>
      ) : (
        <p className="rounded border border-stone-300 bg-white p-4">Your role can read this article but not edit it.</p>
      )}
    </div>
  );
}
