import { formatDateTime } from "@/lib/format-date";
import type { SignOffStatus } from "@/lib/server/sign-offs/get-sign-off-status";

export function SignOffHistory({ history }: { history: SignOffStatus["history"] }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="history-heading" className="mb-2 text-lg font-semibold">Sign-off history</h2>
      {history.length === 0 ? (
        <p className="text-sm text-stone-600">No reviewer decision yet.</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {history.map((entry) => (
            <li key={entry.id} className="border-l-2 border-stone-300 pl-3">
              <strong>{entry.decision === "signed_off" ? "Signed off" : "Sent back"}</strong> by {entry.reviewerName},{" "}
              {formatDateTime(entry.createdAt)}, revision {entry.revisionNumber}
              {entry.sha256 && <div className="break-all font-mono text-xs text-stone-500">SHA-256 {entry.sha256}</div>}
              {entry.auditChainHash && (
                <div className="break-all font-mono text-xs text-stone-500">
                  Audit chain head: event {entry.auditChainSeq}, {entry.auditChainHash}
                </div>
              )}
              {entry.note && <p className="text-stone-700">“{entry.note}”</p>}
              {entry.voidedAt && (
                <p className="text-red-700">Voided {formatDateTime(entry.voidedAt)}: {entry.voidReason}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
