// What travels on the live stream (docs/decisions/018-live-updates.md): pointers
// to what changed, never the data itself. A browser that gets one fetches the
// fresh claim or row through the app's authorized reads.

/** One committed audit event on an article, as the NOTIFY trigger publishes it. */
export type LiveChange = {
  /** The audit event's id: the stream's event id, and the catch-up cursor. */
  id: string;
  articleId: string;
  claimId: string | null;
  chainSeq: number;
  action: string;
  entityType: string;
  actorId: string | null;
  /** Filled in by the stream (a name the reader may see anyway in the audit trail). */
  actorName?: string | null;
};

/** Someone's open review page, heard from any app instance. */
export type PresenceBeat = {
  tabId: string;
  articleId: string;
  userId: string;
  name: string;
  /** The claim open in the panel, if any. */
  claimId: string | null;
  /** Whether they have unsaved typing in that claim's forms. */
  isEditing: boolean;
  /** false: the tab closed or left the article. */
  isHere: boolean;
  /** The tab's count of beats sent: a board ignores a beat older than the last it heard from the tab. */
  seq: number;
};

export type Viewer = Omit<PresenceBeat, "isHere" | "articleId" | "seq">;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses a `factdesk_live` payload; null for anything malformed (never throws on the listener). */
export function parseLiveChange(payload: string): LiveChange | null {
  const value = parseObject(payload);
  if (!value) return null;
  const { id, articleId, claimId, chainSeq, action, entityType, actorId } = value;
  if (typeof id !== "string" || !/^\d+$/.test(id)) return null;
  if (typeof articleId !== "string" || !UUID.test(articleId)) return null;
  if (claimId !== null && (typeof claimId !== "string" || !UUID.test(claimId))) return null;
  if (typeof chainSeq !== "number" || typeof action !== "string" || typeof entityType !== "string") return null;
  if (actorId !== null && typeof actorId !== "string") return null;
  return { id, articleId, claimId, chainSeq, action, entityType, actorId };
}

/** Parses a `factdesk_presence` payload. */
export function parsePresenceBeat(payload: string): PresenceBeat | null {
  const value = parseObject(payload);
  if (!value) return null;
  const { tabId, articleId, userId, name, claimId, isEditing, isHere } = value;
  const seq = typeof value.seq === "number" && Number.isSafeInteger(value.seq) ? value.seq : 0;
  if (typeof tabId !== "string" || tabId.length > 64) return null;
  if (typeof articleId !== "string" || !UUID.test(articleId) || typeof userId !== "string" || !UUID.test(userId)) return null;
  if (typeof name !== "string" || (claimId !== null && (typeof claimId !== "string" || !UUID.test(claimId)))) return null;
  if (typeof isEditing !== "boolean" || typeof isHere !== "boolean") return null;
  return { tabId, articleId, userId, name, claimId, isEditing, isHere, seq };
}

/** The user a `factdesk_inbox` payload is for (the inbox's own trigger decides the rest of it). */
export function parseInboxUserId(payload: string): string | null {
  const userId = parseObject(payload)?.userId;
  return typeof userId === "string" && UUID.test(userId) ? userId : null;
}

/** One Server-Sent Events message (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
export function formatSseMessage(message: { event: string; data: unknown; id?: string }): string {
  // JSON has no raw newlines, so one `data:` line always carries it whole.
  const lines = [`event: ${message.event}`, `data: ${JSON.stringify(message.data)}`];
  if (message.id) lines.unshift(`id: ${message.id}`);
  return `${lines.join("\n")}\n\n`;
}

function parseObject(payload: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(payload);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
