import Form from "next/form";
import Link from "next/link";
import { FieldError } from "@/components/field-error";

/** A GET form: the query lives in the URL (?q=), so a search can be shared or bookmarked. */
export function SourceSearchForm({ query, error }: { query: string; error?: string | null }) {
  return (
    <Form action="/sources" role="search" className="flex flex-wrap items-end gap-2">
      <div className="min-w-60 grow">
        <label htmlFor="source-search" className="block text-sm font-medium">Search sources</label>
        <p id="source-search-hint" className="text-xs text-stone-500">Matches title, publisher or URL.</p>
        {/* Keyed by the query so that "Clear search" (a client navigation) empties the box too. */}
        <input key={query} id="source-search" name="q" type="search" defaultValue={query}
          aria-describedby={error ? "source-search-hint source-search-error" : "source-search-hint"} aria-invalid={Boolean(error)}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        <FieldError id="source-search-error" errors={error ? [error] : undefined} />
      </div>
      <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700">Search</button>
      {query && (
        <Link href="/sources" className="px-2 py-1.5 text-sm text-stone-700 underline hover:text-stone-950">
          Clear search
        </Link>
      )}
    </Form>
  );
}
