import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { ImportArticleForm } from "@/components/imports/import-article-form";
import { NewArticleForm } from "./new-article-form";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requireActor("/articles/new");
  return (
    <section aria-labelledby="new-article-heading" className="mx-auto max-w-3xl space-y-4">
      <p><Link href="/" className="text-sm text-stone-600 underline hover:text-stone-950">← All articles</Link></p>
      <h1 id="new-article-heading" className="font-serif text-3xl font-bold">New article</h1>
      {can(actor, "article:create") ? (
        <>
          <p className="text-stone-600">
            Paste the article as it was published. It becomes revision 1; you mark its claims on the next page.
          </p>
          <NewArticleForm />
          <ImportArticleForm />
        </>
      ) : (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
          Your role ({actor.role}) can read articles but not add them. Ask an editor, a reviewer or an admin to add
          this article, or ask an admin to change your role.
        </p>
      )}
    </section>
  );
}
