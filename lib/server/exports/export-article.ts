import "server-only";
import type { Actor } from "@/lib/domain/capabilities";
import { DOCX, type ExportFile } from "./export-in-memory";
import { streamArticleExport } from "./stream-article-export";

export type { ExportFile } from "./export-in-memory";

/**
 * An export read to its end, as one string (or bytes, for DOCX): for callers
 * that want the whole file at once (tests, small formats). The route and the
 * CLI stream instead (streamArticleExport); this goes through the same path,
 * so what it returns is exactly what they send.
 */
export async function exportArticle(options: {
  actor: Actor | null;
  articleRef: string;
  input: unknown;
  /** The app's own address: a ClaimReview `url` must never point at it. */
  baseUrl: string;
}): Promise<ExportFile> {
  const { body, ...file } = await streamArticleExport(options);
  const bytes = new Uint8Array(await new Response(body).arrayBuffer());
  // ignoreBOM: keep the CSVs' byte order mark, which is part of the file.
  return { ...file, body: file.contentType === DOCX ? bytes : new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}
