import type { Metadata } from "next";
import { EndOtherSessionsButton } from "@/components/account/end-other-sessions-button";
import { SessionTable } from "@/components/account/session-table";
import { requireActor } from "@/lib/auth/require-actor";
import { listUserSessions } from "@/lib/server/users/list-user-sessions";

export const metadata: Metadata = { title: "Your sessions" };

export default async function SessionsPage() {
  const actor = await requireActor("/account/sessions");
  const { sessions } = await listUserSessions({ actor });
  return (
    <section className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Your sessions</h1>
      <p className="text-sm text-stone-600">
        Every browser signed in to your account. End any you do not recognise; a session also ends
        after a while without use, and at the latest when its end time comes.
      </p>
      <SessionTable sessions={sessions} caption="Your active sessions" />
      {/* Always mounted: its "Ended N" message must survive the list refreshing without the others. */}
      <EndOtherSessionsButton hasOthers={sessions.some((session) => !session.isCurrent)} />
    </section>
  );
}
