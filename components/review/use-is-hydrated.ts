"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server render and during hydration, true after. The review
 * page's lists fill in their quotes from the one shared text only once
 * hydrated, so the HTML does not carry each sentence again per list
 * (docs/decisions/030); their buttons do nothing before hydration anyway.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
