"use client";

import { useState } from "react";

/**
 * The drafted correction notes, editable before they go out: the download is
 * built in the browser from what is in the boxes, so nothing typed is lost.
 */
export function CorrectionNotesEditor({ drafts, fileName, banner }: { drafts: { claimId: string; note: string }[]; fileName: string; banner: string | null }) {
  const [notes, setNotes] = useState(drafts.map((draft) => draft.note));
  if (drafts.length === 0) return <p className="text-sm text-stone-600">No corrected claims, so no correction note is needed.</p>;

  function download() {
    const text = [banner, ...notes.map((note) => note.trim()).filter(Boolean)].filter(Boolean).join("\n\n") + "\n";
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="space-y-3">
      {notes.map((note, index) => (
        <div key={drafts[index].claimId}>
          <label htmlFor={`note-${index}`} className="block text-sm font-medium">Correction note {index + 1}</label>
          <textarea id={`note-${index}`} rows={3} value={note}
            onChange={(event) => setNotes((current) => current.map((value, i) => (i === index ? event.target.value : value)))}
            className="mt-1 w-full rounded border border-stone-300 px-2 py-1 text-sm" />
        </div>
      ))}
      <button type="button" onClick={download} className="rounded border border-stone-400 px-3 py-1.5 text-sm hover:bg-stone-100">
        Download these notes
      </button>
    </div>
  );
}
