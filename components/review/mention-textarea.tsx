"use client";

import { useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { mentionQueryAt, type Member } from "@/lib/domain/mentions";

const MAX_SUGGESTIONS = 6;
let membersRequest: Promise<Member[]> | null = null;

/** The desk's members, fetched once per page load, on the first "@". */
function loadMembers(): Promise<Member[]> {
  membersRequest ??= fetch("/api/desk-members", { cache: "no-store" })
    .then((response) => (response.ok ? response.json() : { members: [] }))
    .then((body: { members: Member[] }) => body.members)
    .catch(() => {
      membersRequest = null; // try again on the next "@"
      return [];
    });
  return membersRequest;
}

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onValueChange: (value: string) => void;
};

/**
 * A textarea that completes "@" + the start of a name to "@Full Name " from the
 * desk's members (the form the server's mention matching reads, lib/domain/mentions.ts).
 * Arrow keys move, Enter or Tab picks, Escape closes; other keys go to onKeyDown.
 */
export function MentionTextarea({ value, onValueChange, onKeyDown, ...rest }: Props) {
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const needle = query?.query.toLocaleLowerCase("en") ?? "";
  const suggestions = query
    ? members.filter((member) => member.name.toLocaleLowerCase("en").startsWith(needle)
      || member.name.toLocaleLowerCase("en").includes(` ${needle}`)).slice(0, MAX_SUGGESTIONS)
    : [];
  const isOpen = suggestions.length > 0;

  function update(text: string, caret: number) {
    onValueChange(text);
    const found = mentionQueryAt(text, caret);
    setQuery(found);
    setActive(0);
    if (found) void loadMembers().then(setMembers);
  }

  function pick(member: Member) {
    if (!query) return;
    const caret = ref.current?.selectionStart ?? value.length;
    const inserted = `@${member.name} `;
    const text = value.slice(0, query.start) + inserted + value.slice(caret);
    onValueChange(text);
    setQuery(null);
    const at = query.start + inserted.length;
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (isOpen) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        setActive((current) => (current + (event.key === "ArrowDown" ? 1 : suggestions.length - 1)) % suggestions.length);
        return;
      }
      if ((event.key === "Enter" && !event.ctrlKey && !event.metaKey) || event.key === "Tab") {
        event.preventDefault();
        pick(suggestions[active]);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        setQuery(null);
        return;
      }
    }
    onKeyDown?.(event);
  }

  return (
    <div className="relative">
      <textarea {...rest} ref={ref} value={value} aria-autocomplete="list"
        aria-controls={isOpen ? listId : undefined} aria-activedescendant={isOpen ? `${listId}-${active}` : undefined}
        onChange={(event) => update(event.target.value, event.target.selectionStart)}
        onKeyDown={handleKeyDown} onBlur={() => setQuery(null)} />
      {isOpen && (
        <ul id={listId} role="listbox" aria-label="People to mention"
          className="absolute z-10 mt-1 w-64 rounded border border-stone-300 bg-white py-1 text-sm shadow">
          {suggestions.map((member, index) => (
            <li key={member.id} id={`${listId}-${index}`} role="option" aria-selected={index === active}
              className={`cursor-pointer px-3 py-1 ${index === active ? "bg-stone-200" : ""}`}
              // mousedown, not click: the textarea's blur would close the list first.
              onMouseDown={(event) => { event.preventDefault(); pick(member); }}>
              {member.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
