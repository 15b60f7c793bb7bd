"use client";

import { useEffect, useState } from "react";

// What the error boundaries show. In production Next hands an error page only a
// digest, never the message, so this asks /api/health whether the database is the
// problem: while it answers 503 the page says so and keeps asking; once it answers
// 200 the page reloads itself (a full reload, so layouts that failed re-render
// too). Any other failure gets the usual "something went wrong".
const POLL_MS = 3_000;

type State = "checking" | "unavailable" | "failed";

export function ErrorNotice({ reset }: { reset: () => void }) {
  const [state, setState] = useState<State>("checking");

  useEffect(() => {
    let wasUnavailable = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function check() {
      const isUp = await fetch("/api/health", { cache: "no-store" }).then((response) => response.ok, () => false);
      if (isUp && wasUnavailable) return window.location.reload();
      if (isUp) return setState("failed");
      wasUnavailable = true;
      setState("unavailable");
      timer = setTimeout(check, POLL_MS);
    }
    void check();
    return () => clearTimeout(timer);
  }, []);

  if (state === "unavailable") {
    return (
      <section role="alert" aria-live="polite" className="mx-auto max-w-xl py-16 text-center">
        <h1 className="font-serif text-2xl font-bold">The database is unavailable, retrying</h1>
        <p className="mt-3 text-stone-700">
          Nothing you saved is lost. This page reloads by itself as soon as the database answers again.
        </p>
      </section>
    );
  }
  if (state === "checking") return <p className="py-16 text-center text-stone-700">Checking the connection…</p>;
  return (
    <section role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-2xl font-bold">Something went wrong on our side</h1>
      <button type="button" onClick={reset} className="mt-4 rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700">
        Try again
      </button>
    </section>
  );
}
