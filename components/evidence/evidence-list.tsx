import type { EvidenceView } from "@/lib/domain/evidence/evidence-view";
import { formatDateTime } from "@/lib/format-date";
import { formatBytes } from "@/lib/domain/import/upload-size";

export type EvidenceItem = EvidenceView;

/**
 * A source's evidence snapshots: what was captured, when, and its SHA-256, each
 * a download (never opened in the app). Self-contained: the claim panel and the
 * source page both show it.
 */
export function EvidenceList({ evidence, compact = false }: { evidence: EvidenceItem[]; compact?: boolean }) {
  if (evidence.length === 0) return compact ? null : <p className="text-sm text-stone-600">No evidence captured yet.</p>;
  return (
    <ul aria-label="Evidence" className={compact ? "mt-1 space-y-1 text-xs" : "space-y-2 text-sm"}>
      {evidence.map((item) => (
        <li key={item.id} data-testid="evidence-item">
          <a href={`/api/evidence/${item.id}`} className="font-medium text-blue-800 underline" download>
            {item.kind === "excerpt" ? "Pasted excerpt" : item.fileName ?? "Evidence file"}
          </a>{" "}
          <span className="text-stone-600">
            ({formatBytes(item.byteSize)}, captured {formatDateTime(item.capturedAt)})
          </span>
          <br />
          <span className="text-stone-600">SHA-256 </span>
          <code className="break-all font-mono text-[0.7rem]" data-testid="evidence-sha256">{item.sha256}</code>
        </li>
      ))}
    </ul>
  );
}
