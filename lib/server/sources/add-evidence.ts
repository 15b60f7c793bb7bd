import "server-only";
import type { EvidenceView } from "@/lib/domain/evidence/evidence-view";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import { EXCERPT_TYPE, MAX_EVIDENCE_BYTES, sniffEvidence } from "@/lib/domain/evidence/sniff-evidence";
import { sha256HexOfBytes } from "@/lib/domain/hashing";
import { formatBytes } from "@/lib/domain/import/upload-size";
import { AppError } from "@/lib/errors";
import { addEvidenceSchema } from "@/lib/schemas/source";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorize, notFound } from "@/lib/server/authorize";
import { parseInput } from "@/lib/server/parse-input";

export type { EvidenceView };

export const EVIDENCE_VIEW_SELECT = {
  id: true, kind: true, fileName: true, contentType: true, byteSize: true, sha256: true, capturedAt: true,
} as const;

const refuse = (field: string, message: string) => new AppError("VALIDATION", { userMessage: message, fieldErrors: { [field]: [message] } });

/**
 * Attaches evidence to a source (product.md, "Sources and evidence"): a file
 * (PDF, image or saved web page, typed by its bytes, at most 5 MB) or a pasted
 * excerpt, stored with its SHA-256 and capture time. Audited. Not an article
 * write: the sign-off covers citations, and evidence is never edited.
 */
export async function addEvidence(options: {
  actor: Actor | null;
  input: unknown;
  file?: { fileName: string; bytes: Uint8Array } | null;
}): Promise<EvidenceView> {
  const actor = authorize(options.actor, "source:create");
  const input = parseInput(addEvidenceSchema, options.input);
  const file = options.file && options.file.bytes.byteLength > 0 ? options.file : null;
  if (!file && !input.excerpt) throw refuse("file", "Attach a file or paste an excerpt.");
  if (file && input.excerpt) throw refuse("excerpt", "Attach a file or paste an excerpt, not both.");
  let content: Uint8Array;
  let contentType: string;
  if (file) {
    if (file.bytes.byteLength > MAX_EVIDENCE_BYTES) {
      throw refuse("file", `The file is ${formatBytes(file.bytes.byteLength)}; evidence files are limited to ${formatBytes(MAX_EVIDENCE_BYTES)}.`);
    }
    const type = sniffEvidence(file.bytes);
    if (!type) throw refuse("file", "This file is not a PDF, an image (PNG, JPEG, GIF, WebP) or a saved web page (HTML).");
    content = file.bytes;
    contentType = type.contentType;
  } else {
    content = new TextEncoder().encode(input.excerpt);
    contentType = `${EXCERPT_TYPE.contentType}; charset=utf-8`;
  }
  const fileName = file ? file.fileName.replace(/[\u0000-\u001f\u007f/\\]/g, "_").slice(0, 200) || "evidence" : null;
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } });
    if (!source) throw notFound("The source");
    const evidence = await tx.evidenceSnapshot.create({
      data: {
        sourceId: source.id, kind: file ? "file" : "excerpt", fileName, contentType, byteSize: content.byteLength,
        content: Buffer.from(content), sha256: sha256HexOfBytes(content), capturedAt: input.capturedAt ?? new Date(), createdById: actor.id,
      },
      select: EVIDENCE_VIEW_SELECT,
    });
    await recordAuditEvent(tx, {
      actor, action: "source.add-evidence", entityType: "source", entityId: source.id,
      after: { evidenceId: evidence.id, kind: evidence.kind, fileName, contentType, byteSize: evidence.byteSize, sha256: evidence.sha256, capturedAt: evidence.capturedAt },
    });
    return evidence;
  });
}
