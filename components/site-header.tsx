import Link from "next/link";
import { getActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/domain/capabilities";
import { countUnreadNotifications } from "@/lib/server/inbox/count-unread-notifications";
import { InboxBadge } from "./inbox/inbox-badge";
import { SignOutButton } from "./sign-out-button";
import { SiteNavLink } from "./site-nav-link";
import { getDeskSettings, isPublicationSetUp } from "@/lib/server/settings/get-desk-settings";

export async function SiteHeader() {
  const actor = await getActor();
  // An actor who must still enrol in two-factor is refused by every use case: no count, not a broken header.
  const unread = actor ? await countUnreadNotifications({ actor }).catch(() => 0) : 0;
  // Asked of admins until answered: where the desk publishes (ClaimReview needs it).
  const isSetupNeeded = can(actor, "settings:manage") && !isPublicationSetUp(await getDeskSettings());
  return (
    <header className="border-b border-stone-200 bg-white">
      {isSetupNeeded && (
        <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
          Before publishing fact-checks, tell factdesk where they appear:{" "}
          <Link href="/admin/settings" className="font-medium underline">set your organisation&apos;s and fact-checks&apos; public addresses</Link>.
        </p>
      )}
      <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-bold tracking-tight">
          factdesk
        </Link>
        {actor && (
          <>
            <SiteNavLink href="/" sectionPrefixes={["/articles"]}>Articles</SiteNavLink>
            <SiteNavLink href="/claims">Claims</SiteNavLink>
            <SiteNavLink href="/claims?assigned=me">My claims</SiteNavLink>
            <SiteNavLink href="/sources">Sources</SiteNavLink>
            {can(actor, "user:manage") && (
              <SiteNavLink href="/admin/users" sectionPrefixes={["/admin"]}>Users</SiteNavLink>
            )}
            <span className="ml-auto text-sm text-stone-600">
              {actor.name} · <span className="capitalize">{actor.role}</span>
            </span>
            <InboxBadge initialUnread={unread} />
            <SiteNavLink href="/account/sessions">Sessions</SiteNavLink>
            <SiteNavLink href="/account/two-factor">Two-factor</SiteNavLink>
            <SignOutButton />
          </>
        )}
      </nav>
    </header>
  );
}
