"use client";

import { ErrorNotice } from "@/components/error-notice";

// Errors of every page and segment layout below the root layout (the site header
// stays). A database outage shows "unavailable, retrying" and recovers by itself.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice reset={reset} />;
}
