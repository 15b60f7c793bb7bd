import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionDiff } from "@/components/revisions/revision-diff";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format-date";
import { listRevisions } from "@/lib/server/articles/list-revisions";
import { TableHead } from "@/components/table-head";

export const metadata: Metadata = { title: "Revisions" };

export default async function RevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string; before?: string }>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor(`/articles/${id}/revisions`);
  const compare = { from: Number(query.from) || undefined, to: Number(query.to) || undefined };
  const before = Number(query.before) || null;
  const first = await listRevisions({ actor, articleId: id, compare, before }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { diff, from, to, total, nextBefore } = first;
  const pageHref = (older: number | null) => {
    const params = new URLSearchParams();
    if (query.from) params.set("from", String(from));
    if (query.to) params.set("to", String(to));
    if (older) params.set("before", String(older));
    return params.size ? `/articles/${id}/revisions?${params}` : `/articles/${id}/revisions`;
  };
  return (
    <div className="space-y-6">
      <header>
        <Link href={`/articles/${id}`} className="text-sm text-stone-600 hover:underline">← Back to the review</Link>
        <h1 className="mt-1 font-serif text-3xl font-bold">Revisions of “{first.headline}”</h1>
      </header>
      <table className="w-full rounded-lg border border-stone-200 bg-white text-sm">
        <TableHead columns={["Revision", "By", "When", "Characters", "SHA-256"]} />
        <tbody>
          {first.revisions.map((revision) => (
            <tr key={revision.id} className="border-t border-stone-200">
              <td className="p-2">{revision.number}</td>
              <td className="p-2">{revision.authorName}</td>
              <td className="p-2">{formatDateTime(revision.createdAt)}</td>
              <td className="p-2">{revision.characters.toLocaleString("en")}</td>
              <td className="p-2 font-mono text-xs">{revision.sha256.slice(0, 16)}…</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(before || nextBefore) && (
        <nav aria-label="Revision pages" className="flex gap-4 text-sm">
          <span className="text-stone-600">{total.toLocaleString("en")} revisions</span>
          {before && <Link href={pageHref(null)} className="text-blue-800 underline">Newest revisions</Link>}
          {nextBefore && <Link href={pageHref(nextBefore)} className="text-blue-800 underline">Older revisions</Link>}
        </nav>
      )}
      {total > 1 ? (
        <section aria-labelledby="diff-heading" className="space-y-3">
          <h2 id="diff-heading" className="text-lg font-semibold">Compare</h2>
          <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
            {(["from", "to"] as const).map((name) => (
              <div key={name}>
                <label htmlFor={`compare-${name}`} className="block font-medium capitalize">{name}</label>
                {/* A number, not a list: an article may have thousands of revisions. */}
                <input id={`compare-${name}`} name={name} type="number" min={1} max={total} defaultValue={name === "from" ? from : to}
                  className="w-24 rounded border border-stone-300 px-2 py-1" />
              </div>
            ))}
            {before && <input type="hidden" name="before" value={before} />}
            <button type="submit" className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">Show changes</button>
          </form>
          {diff ? <RevisionDiff parts={diff} from={from} to={to} /> : <p className="text-sm text-stone-600">Choose two different revisions.</p>}
        </section>
      ) : (
        <p className="text-sm text-stone-600">Only one revision so far: edit the text to make another.</p>
      )}
    </div>
  );
}
