import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/require-actor";
import { describeChainProblem } from "@/lib/domain/audit-chain/verify-chain";
import { can } from "@/lib/domain/capabilities";
import { formatDateTime } from "@/lib/format-date";
import { verifyAuditTrail } from "@/lib/server/audit/verify-audit-trail";

export const metadata: Metadata = { title: "Audit trail" };

// Verification reads every event, so it runs when asked (?verify=1), not on every visit.
export default async function AuditTrailPage({ searchParams }: { searchParams: Promise<{ verify?: string }> }) {
  const actor = await requireActor("/admin/audit-trail");
  if (!can(actor, "audit:verify")) notFound();
  const shouldVerify = (await searchParams).verify === "1";
  const result = shouldVerify ? await verifyAuditTrail({ actor }) : null;
  return (
    <section className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Audit trail</h1>
      <p className="max-w-2xl text-sm text-stone-600">
        Every event is chained to the one before it on its article by SHA-256 hashes, so an event that was edited,
        deleted, inserted or reordered breaks the chain. Verification also checks the chain head each sign-off recorded.
        The same check runs from the command line: <code>npm run audit:verify</code>.
      </p>
      <form method="get">
        <input type="hidden" name="verify" value="1" />
        <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700">
          {result ? "Verify again" : "Verify now"}
        </button>
      </form>
      {result && (
        <div
          role="status"
          className={`rounded-lg border p-4 text-sm ${result.isIntact ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
        >
          <p className="font-semibold">
            {result.isIntact ? "The audit trail is intact." : "The audit trail is NOT intact."}
          </p>
          <p>
            {result.events.toLocaleString("en-GB")} events in {result.chains.toLocaleString("en-GB")} chains, checked{" "}
            {formatDateTime(result.checkedAt)} in {result.milliseconds.toLocaleString("en-GB")} ms.
          </p>
          {!result.isIntact && (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {result.problems.map((problem, index) => (
                <li key={index}>{describeChainProblem(problem)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
