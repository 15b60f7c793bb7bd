import type { Metadata } from "next";
import Link from "next/link";
import { CreateSourceForm } from "@/components/sources/create-source-form";
import { SourceList } from "@/components/sources/source-list";
import { SourceSearchForm } from "@/components/sources/source-search-form";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { readSearchQuery } from "@/lib/domain/search-query";
import { searchSources } from "@/lib/server/sources/search-sources";

export const metadata: Metadata = { title: "Sources" };

const PAGE_SIZE = 50;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The library's URL: the words and the page are in it, so any page can be linked. */
function sourcesHref(query: string, after: string): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (after) params.set("after", after);
  return params.size ? `/sources?${params}` : "/sources";
}

export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const { q, after } = await searchParams;
  const { query, error } = readSearchQuery(q);
  const afterText = typeof after === "string" ? after : "";
  const actor = await requireActor(sourcesHref(query, afterText));
  const { sources, total, next, mode } = await searchSources({ actor, input: { query, limit: PAGE_SIZE, after: afterText } });
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-labelledby="sources-heading" className="space-y-4">
        <h1 id="sources-heading" className="font-serif text-3xl font-bold">Source library</h1>
        <SourceSearchForm query={query} error={error} />
        {sources.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600">
            {query
              ? `No sources match “${query}”. Try part of the title, the publisher or the web address.`
              : "The library is empty. Add the first source with the form; every claim can then cite it."}
          </p>
        ) : (
          <>
            <p className="text-sm text-stone-600" aria-live="polite">
              {total.isMore ? "More than " : ""}{total.count.toLocaleString("en-GB")} {total.count === 1 && !total.isMore ? "source" : "sources"}
              {query ? ` matching “${query}”` : ""}
              {mode === "ranked" ? ", best match first" : ", newest first"}
              {query && total.isMore && ": too many to rank; add words to narrow"}
            </p>
            <SourceList sources={sources} caption={query ? `Sources matching “${query}”` : "Newest sources"} />
            {(afterText || next) && (
              <nav aria-label="Source pages" className="flex gap-4 text-sm">
                {afterText && <Link href={sourcesHref(query, "")} className="text-blue-800 underline">First page</Link>}
                {next && <Link href={sourcesHref(query, next)} className="text-blue-800 underline">Next page</Link>}
              </nav>
            )}
          </>
        )}
      </section>
      <aside aria-label="Add a source">
        {can(actor, "source:create") ? (
          <CreateSourceForm />
        ) : (
          <p className="rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-600">
            Your role ({actor.role}) can read the library but not add to it. Ask an editor to add a source.
          </p>
        )}
      </aside>
    </div>
  );
}
