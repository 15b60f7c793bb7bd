// The audit JSON export written a batch of events at a time, for the streamed
// download (decision 033): the same bytes as
// `JSON.stringify(buildAuditExportDocument(…), null, 2) + "\n"`, without the
// whole chain in memory. The seal comes last in the document, after the
// events, so it can be hashed as the events go by: the canonical text it covers
// (toJsonbText) is fed to SHA-256 piece by piece.
import { createHash, type Hash } from "node:crypto";
import { AUDIT_EXPORT_FORMAT, type AuditExportDocument, type ExportedAuditEvent } from "./audit-export-document";
import { toJsonbText } from "./jsonb-text";

export type AuditExportWriter = {
  /** Everything before the first event. */
  readonly opening: string;
  /** These events, after those written so far. */
  events(batch: readonly ExportedAuditEvent[]): string;
  /** The end of the array, the seal, and the final newline. */
  closing(): string;
};

// Stands in for the events while the rest of the document is laid out by the
// very functions the in-memory export uses; a NUL cannot come out of any event.
const MARKER = "\u0000factdesk-audit-events\u0000";
const SEAL_MARKER = "\u0000factdesk-audit-seal\u0000";
const INDENT = "    "; // an element of "events", two levels deep at JSON.stringify's two spaces

export function createAuditExportWriter(input: Omit<AuditExportDocument, "format" | "seal" | "events">): AuditExportWriter {
  // Same key order as buildAuditExportDocument({ notice, article, head, events }).
  const unsealed = { format: AUDIT_EXPORT_FORMAT, notice: input.notice, article: input.article, head: input.head, events: [MARKER] };
  const pretty = splitAround(JSON.stringify({ ...unsealed, seal: SEAL_MARKER }, null, 2), JSON.stringify(MARKER));
  const canonical = splitAround(toJsonbText(unsealed), toJsonbText(MARKER));
  const seal: Hash = createHash("sha256").update(Buffer.from([2])).update(canonical.before, "utf8");
  let written = 0;
  return {
    // `before` ends with "[" and the first element's line break and indent.
    opening: pretty.before.slice(0, pretty.before.lastIndexOf("[") + 1),
    events(batch) {
      let out = "";
      for (const event of batch) {
        out += `${written > 0 ? "," : ""}\n${INDENT}${JSON.stringify(event, null, 2).replace(/\n/g, `\n${INDENT}`)}`;
        seal.update(`${written > 0 ? ", " : ""}${toJsonbText(event)}`, "utf8");
        written++;
      }
      return out;
    },
    closing() {
      const digest = seal.update(canonical.after, "utf8").digest("hex");
      // An empty array is "[]" on one line, as JSON.stringify writes it.
      const after = written > 0 ? pretty.after : pretty.after.replace(/^\n */, "");
      return `${after.replace(JSON.stringify(SEAL_MARKER), JSON.stringify(digest))}\n`;
    },
  };
}

function splitAround(text: string, marker: string): { before: string; after: string } {
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error("The audit export's layout marker must occur exactly once.");
  return { before: text.slice(0, at), after: text.slice(at + marker.length) };
}
