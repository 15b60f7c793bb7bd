import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddEvidenceForm } from "@/components/evidence/add-evidence-form";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { EditSourceForm } from "@/components/sources/edit-source-form";
import { MergeSourceForm } from "@/components/sources/merge-source-form";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/domain/capabilities";
import { isAppError } from "@/lib/errors";
import { formatDay } from "@/lib/format-date";
import { SOURCE_KIND_LABELS } from "@/lib/domain/sources/source-kinds";
import { getSource } from "@/lib/server/sources/get-source";
import { searchSources } from "@/lib/server/sources/search-sources";

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/sources/${id}`);
  const source = await getSource({ actor, input: { sourceId: id } }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
    throw error;
  });
  const canEdit = can(actor, "source:create");
  const host = (() => {
    try {
      return new URL(source.url).hostname.replace(/^www\./, "");
    } catch {
      return "";
    }
  })();
  const candidates = canEdit && host
    ? (await searchSources({ actor, input: { query: host, limit: 20 } })).sources.filter((candidate) => candidate.id !== source.id)
    : [];
  return (
    <div className="space-y-6">
      <header>
        <Link href="/sources" className="text-sm text-stone-600 hover:underline">← Source library</Link>
        <h1 className="mt-1 font-serif text-3xl font-bold">{source.title}</h1>
        <p className="text-sm text-stone-600">
          <a href={source.url} className="text-blue-800 underline" target="_blank" rel="noopener noreferrer">{source.url}<span className="sr-only"> (opens in a new tab)</span></a>
          {" · "}{SOURCE_KIND_LABELS[source.kind]}{source.publisher ? ` · ${source.publisher}` : ""} · accessed {formatDay(source.accessedAt)}
          {" · "}cited by {source.citationCount} {source.citationCount === 1 ? "claim" : "claims"}
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="evidence-heading" className="space-y-3">
          <h2 id="evidence-heading" className="text-lg font-semibold">Evidence</h2>
          <EvidenceList evidence={source.evidence} />
          {canEdit && <AddEvidenceForm sourceId={source.id} />}
        </section>
        {canEdit && (
          <div className="space-y-6">
            <EditSourceForm source={source} />
            <MergeSourceForm keepSourceId={source.id} candidates={candidates} />
          </div>
        )}
      </div>
    </div>
  );
}
