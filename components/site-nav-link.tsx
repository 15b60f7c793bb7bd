"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

type Props = {
  href: string;
  /** Path prefixes that belong to this section besides `href` (a review page is in "Articles"). */
  sectionPrefixes?: string[];
  children: ReactNode;
};

/** A main-navigation link that marks the current section: "page" on its own page, "true" inside it. */
export function SiteNavLink({ href, sectionPrefixes = [], children }: Props) {
  const pathname = usePathname();
  const isPage = pathname === href;
  const isInSection = [href, ...sectionPrefixes]
    .filter((prefix) => prefix !== "/")
    .some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const isCurrent = isPage || isInSection;
  return (
    <Link href={href} aria-current={isPage ? "page" : isCurrent ? "true" : undefined}
      className={
        isCurrent
          ? "border-b-2 border-stone-900 pb-0.5 text-sm font-semibold text-stone-950"
          : "border-b-2 border-transparent pb-0.5 text-sm text-stone-700 hover:text-stone-950"
      }>
      {children}
    </Link>
  );
}
