import "server-only";
import { importArticleFile, isImportError } from "@/lib/domain/import/import-article-file";
import { AppError } from "@/lib/errors";

export type UploadedFile = { fileName: string; contentType?: string; bytes: Uint8Array };

/** Parses an uploaded file; a bad file becomes a field error on "file", and nothing is created. */
export async function readArticleFile(file: UploadedFile | null) {
  if (!file || file.bytes.length === 0) {
    throw new AppError("VALIDATION", { userMessage: "Choose a file to import.", fieldErrors: { file: ["Choose a file to import."] } });
  }
  try {
    return await importArticleFile(file);
  } catch (error) {
    if (!isImportError(error)) throw error;
    throw new AppError("VALIDATION", { userMessage: error.userMessage, fieldErrors: { file: [error.userMessage] } });
  }
}
