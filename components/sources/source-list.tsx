import { formatDay } from "@/lib/format-date";
import { SOURCE_KIND_LABELS } from "@/lib/schemas/source";
import type { SourceView } from "@/lib/server/sources/source-view";

/** The library as a table: what each source is, who published it, when it was read. */
export function SourceList({ sources, caption }: { sources: SourceView[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="p-2">Title</th>
            <th scope="col" className="p-2">Kind</th>
            <th scope="col" className="p-2">Publisher</th>
            <th scope="col" className="p-2 whitespace-nowrap">Accessed</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id} className="border-t border-stone-200 align-top">
              <td className="p-2">
                <a href={source.url} target="_blank" rel="noopener noreferrer" className="font-medium text-blue-800 hover:underline">
                  {source.title}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
                <p className="max-w-md truncate text-xs text-stone-500" title={source.url}>{source.url}</p>
              </td>
              <td className="p-2 whitespace-nowrap">{SOURCE_KIND_LABELS[source.kind]}</td>
              <td className="p-2">{source.publisher || <span className="text-stone-400">—</span>}</td>
              <td className="p-2 whitespace-nowrap">{formatDay(source.accessedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
