"use client";

import { useRef, useState, useTransition } from "react";
import { CreateSourceForm } from "@/components/sources/create-source-form";
import { searchSourcesAction } from "@/lib/actions/sources";
import type { SourceView } from "@/lib/server/sources/source-view";
import { CiteSourceForm } from "./cite-source-form";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "./form-message";

type Props = { claimId: string; articleId: string; searchId: string; citedSourceIds: string[]; onAttached: () => void };

const SEARCH_DELAY_MS = 250;

/** Find a source in the desk library (or add a new one), then cite it with stance and excerpt. */
export function AttachSource({ claimId, articleId, searchId, citedSourceIds, onAttached }: Props) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SourceView[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<SourceView | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [isSearching, startSearch] = useTransition();
  const timer = useRef<number | undefined>(undefined);
  const latestRequest = useRef(0);

  function search(text: string) {
    const request = ++latestRequest.current;
    startSearch(async () => {
      const result = await searchSourcesAction(text).catch(() => null);
      // Answers can arrive out of order: only the newest query's results count.
      if (request !== latestRequest.current) return;
      setSearchError(result?.ok ? null : (result?.message ?? "Could not search the library; try again."));
      setResults(result?.ok ? result.data : []);
    });
  }

  function handleQueryChange(text: string) {
    setQuery(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => search(text), SEARCH_DELAY_MS);
  }

  if (chosen) {
    return (
      <CiteSourceForm claimId={claimId} articleId={articleId} source={chosen}
        onCancel={() => setChosen(null)} onAttached={() => { setChosen(null); onAttached(); }} />
    );
  }

  return (
    <div className="space-y-3 rounded border border-stone-200 bg-stone-50 p-3">
      <div role="search" aria-label="Source library">
        <label htmlFor={searchId} className="block text-sm font-medium">Search the library</label>
        <input id={searchId} type="search" value={query} autoComplete="off" aria-describedby={`${searchId}-hint`}
          onChange={(event) => handleQueryChange(event.target.value)}
          onFocus={() => { if (results === null) search(query); }} className={INPUT_CLASS} />
        <p id={`${searchId}-hint`} className="text-xs text-stone-500">By title, publisher or URL.</p>
      </div>
      <div aria-live="polite" aria-busy={isSearching}>
        {searchError && <p className="text-sm text-red-700">{searchError}</p>}
        {results !== null && results.length === 0 && !searchError && (
          <p className="text-sm text-stone-600">{query ? `No source matches “${query}”.` : "The library is empty."} Add a new source below.</p>
        )}
        {results && results.length > 0 && (
          <ul className="max-h-56 space-y-1 overflow-y-auto" aria-label="Matching sources">
            {results.map((source) => {
              const isCited = citedSourceIds.includes(source.id);
              return (
                <li key={source.id} className="flex items-center justify-between gap-2 rounded bg-white p-2 text-sm">
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{source.title}</span>
                    <span className="block truncate text-xs text-stone-600">{source.publisher || source.url}</span>
                  </span>
                  <button type="button" disabled={isCited} aria-label={isCited ? `${source.title} is already cited` : `Choose ${source.title}`}
                    onClick={() => setChosen(source)} className={`${SECONDARY_BUTTON_CLASS} shrink-0 px-2 py-0.5 text-xs`}>
                    {isCited ? "Cited" : "Choose"}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <button type="button" aria-expanded={isCreating} onClick={() => setIsCreating((isOpen) => !isOpen)} className={SECONDARY_BUTTON_CLASS}>
        {isCreating ? "Cancel new source" : "New source…"}
      </button>
      {isCreating && <CreateSourceForm onCreated={(source) => { setIsCreating(false); setChosen(source); }} />}
    </div>
  );
}
