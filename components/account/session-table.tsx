import { TableHead } from "@/components/table-head";
import { formatDateTime } from "@/lib/format-date";
import type { SessionView } from "@/lib/server/users/list-user-sessions";
import { EndSessionButton } from "./end-session-button";

/** Live sessions as rows; plain values only, so it renders on the server. */
export function SessionTable({ sessions, caption }: { sessions: SessionView[]; caption: string }) {
  if (sessions.length === 0) return <p className="text-sm text-stone-600">No active sessions.</p>;
  return (
    <table className="w-full overflow-hidden rounded-lg border border-stone-200 bg-white text-sm">
      <caption className="sr-only">{caption}</caption>
      <TableHead columns={["Device", "IP address", "Last seen", "Signed in", "Ends by", ""]} />
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id} className="border-t border-stone-200">
            <td className="p-2">
              {session.device}
              {session.isCurrent && <span className="ml-2 rounded bg-green-100 px-1.5 text-xs text-green-900">This browser</span>}
            </td>
            <td className="p-2 font-mono text-xs">{session.ip}</td>
            <td className="p-2">{formatDateTime(session.lastSeenAt)}</td>
            <td className="p-2">{formatDateTime(session.createdAt)}</td>
            <td className="p-2">{formatDateTime(session.expiresAt)}</td>
            <td className="p-2">
              <EndSessionButton sessionId={session.id} label={`End session on ${session.device}, last seen ${formatDateTime(session.lastSeenAt)}`} isCurrent={session.isCurrent} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
