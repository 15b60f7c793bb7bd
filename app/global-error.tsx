"use client";

import { ErrorNotice } from "@/components/error-notice";
import "./globals.css";

// Errors of the root layout itself (its site header reads the session's user from
// the database): this replaces the whole document, so it brings its own html/body.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main className="mx-auto max-w-7xl px-4 py-6">
          <ErrorNotice reset={reset} />
        </main>
      </body>
    </html>
  );
}
