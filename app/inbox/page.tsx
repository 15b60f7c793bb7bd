import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton, MarkReadButton } from "@/components/inbox/mark-read-buttons";
import { requireActor } from "@/lib/auth/require-actor";
import { decodeActivityCursor, encodeActivityCursor } from "@/lib/domain/activity-cursor";
import { formatDateTime } from "@/lib/format-date";
import { listNotifications } from "@/lib/server/inbox/list-notifications";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const actor = await requireActor("/inbox");
  const { after } = await searchParams;
  const page = await listNotifications({ actor, after: decodeActivityCursor(after) });
  return (
    <section className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="font-serif text-3xl font-bold">Inbox</h1>
        <span className="text-sm text-stone-600">{page.unread} unread</span>
        <div className="ml-auto"><MarkAllReadButton hasUnread={page.unread > 0} /></div>
      </div>
      {page.items.length === 0 ? (
        <p className="text-sm text-stone-600">{after ? "No older notifications." : "Nothing yet. Assignments, @mentions, send-backs, voided sign-offs and review requests land here."}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label="Notifications">
          {page.items.map((item) => (
            <li key={item.id} className={`flex items-start gap-3 px-4 py-3 ${item.readAt ? "" : "bg-amber-50"}`} data-testid="notification">
              <div className="min-w-0 flex-1">
                <p className="text-sm">
                  {!item.readAt && <span className="mr-2 text-xs font-semibold uppercase text-red-700">New</span>}
                  {item.articleId ? (
                    <Link className="underline hover:text-stone-950" href={`/articles/${item.articleId}${item.claimId ? `?claim=${item.claimId}` : ""}`}>{item.message}</Link>
                  ) : item.message}
                </p>
                <p className="text-xs text-stone-500">{formatDateTime(item.createdAt)}</p>
              </div>
              {!item.readAt && <MarkReadButton notificationId={item.id} />}
            </li>
          ))}
        </ul>
      )}
      {page.next && (
        <Link className="text-sm underline" href={`/inbox?after=${encodeActivityCursor(page.next)}`}>Older notifications</Link>
      )}
    </section>
  );
}
