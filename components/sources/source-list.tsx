import Link from "next/link";
import { formatDay } from "@/lib/format-date";
import { SOURCE_KIND_LABELS } from "@/lib/domain/sources/source-kinds";
import type { SourceView } from "@/lib/server/sources/source-view";
import { TableHead } from "@/components/table-head";

/** The library as a table: what each source is, who published it, when it was read. */
export function SourceList({ sources, caption }: { sources: SourceView[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={["Title", "Kind", "Publisher", { label: "Accessed", isNoWrap: true }]} />
        <tbody>
          {sources.map((source) => (
            <tr key={source.id} className="border-t border-stone-200 align-top">
              <td className="p-2">
                <a href={source.url} target="_blank" rel="noopener noreferrer" className="font-medium text-blue-800 hover:underline">
                  {source.title}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
                <p className="max-w-md truncate text-xs text-stone-500" title={source.url}>{source.url}</p>
                <Link href={`/sources/${source.id}`} className="text-xs text-blue-800 underline">
                  Evidence and editing
                </Link>
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
