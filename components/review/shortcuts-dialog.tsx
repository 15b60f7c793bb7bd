"use client";

import type { Ref } from "react";

const SHORTCUTS = [
  ["j", "Next claim"],
  ["k", "Previous claim"],
  ["v", "Mark the open claim verified"],
  ["d", "Mark the open claim disputed"],
  ["c", "Mark the open claim corrected"],
  ["n", "New claim from the selected words"],
  ["/", "Search the claims"],
  ["?", "Show these shortcuts"],
] as const;

/** The list of keyboard shortcuts, in a native modal dialog (Escape closes it, focus returns). */
export function ShortcutsDialog({ ref }: { ref?: Ref<HTMLDialogElement> }) {
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-heading"
      className="m-auto w-full max-w-sm rounded-lg border border-stone-300 bg-white p-5 shadow-xl backdrop:bg-stone-900/40">
      <h2 id="shortcuts-heading" className="font-serif text-xl font-bold">Keyboard shortcuts</h2>
      <p className="mt-1 text-sm text-stone-600">They work when the cursor is not in a text field. Verdict keys open the form; save with Enter or the button.</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([key, meaning]) => (
          <div key={key} className="contents">
            <dt><kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 py-0.5 font-mono">{key}</kbd></dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-5 text-right">
        <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700">Close</button>
      </form>
    </dialog>
  );
}
