// Entry point for uploaded articles: picks the parser from the file name (the
// browser's content type only when the name has no known extension: browsers
// send "application/octet-stream" or nothing for .md), checks that the bytes
// agree with the name, and returns the article or throws an ImportError.
import { assembleArticle, type ImportedArticle } from "./article-blocks";
import { decodeText, declaredHtmlCharset } from "./decode-text";
import { docxToBlocks } from "./docx-to-blocks";
import { htmlToBlocks } from "./html-to-blocks";
import { ImportError } from "./import-error";
import { assertFileSize } from "./import-limits";
import { markdownToBlocks } from "./markdown-to-blocks";
import { KIND_NAMES, sniffContent, type SniffedKind } from "./sniff-content";
import { readZipDirectory } from "./zip-directory";

export type { ImportedArticle } from "./article-blocks";
export { ImportError, isImportError, type ImportErrorReason } from "./import-error";
export { IMPORT_LIMITS } from "./import-limits";

export type ArticleFileFormat = "txt" | "md" | "html" | "docx";
export type ArticleFile = { fileName: string; contentType?: string; bytes: Uint8Array };

const EXTENSIONS: Record<string, ArticleFileFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  docx: "docx",
};
const CONTENT_TYPES: Record<string, ArticleFileFormat> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};
const FORMAT_NAMES: Record<ArticleFileFormat, string> = {
  txt: "a plain-text file",
  md: "a Markdown file",
  html: "a web page",
  docx: "a Word document",
};
export { ACCEPTED_FILE_TYPES } from "./accepted-file-types";
const SUPPORTED = "Upload a .txt, .md, .html or .docx file.";

export async function importArticleFile(file: ArticleFile): Promise<ImportedArticle & { format: ArticleFileFormat }> {
  const { bytes } = file;
  assertFileSize(bytes.byteLength);
  const format = chooseFormat(file);
  if (bytes.byteLength === 0) throw new ImportError("empty", "The file is empty.");
  const kind = sniffContent(bytes);
  if (format === "docx") {
    if (kind !== "zip") throw mismatch(format, kind, bytes);
    return { ...assembleArticle(await docxToBlocks(bytes)), format };
  }
  if (kind !== "text") throw mismatch(format, kind, bytes);
  const text = decodeText(bytes, format === "html" ? declaredHtmlCharset(bytes) : undefined);
  if (format === "md") return { ...assembleArticle(markdownToBlocks(text)), format };
  if (format === "html") return { ...assembleArticle(htmlToBlocks(text)), format };
  return { ...assembleArticle({ blocks: [{ role: "paragraph", text }] }, { detectBylineParagraph: false }), format };
}

function chooseFormat({ fileName, contentType }: ArticleFile): ArticleFileFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const byExtension = extension ? EXTENSIONS[extension] : undefined;
  if (byExtension) return byExtension;
  const byType = extension ? undefined : CONTENT_TYPES[contentType?.split(";")[0].trim().toLowerCase() ?? ""];
  if (byType) return byType;
  if (extension === "pdf") {
    throw new ImportError("unsupported-format", "PDFs cannot be imported. Copy the text into the form, or upload the original document.");
  }
  if (extension === "doc") {
    throw new ImportError("unsupported-format", "Old Word documents (.doc) cannot be imported. Open it in Word and save it as .docx.");
  }
  const what = extension ? `.${extension} files` : "Files without an extension";
  throw new ImportError("unsupported-format", `${what} cannot be imported. ${SUPPORTED}`);
}

function mismatch(format: ArticleFileFormat, kind: SniffedKind, bytes: Uint8Array): ImportError {
  const named = `The file is named like ${FORMAT_NAMES[format]}`;
  if (format === "docx" && kind === "text") {
    return new ImportError("wrong-content", `${named} but holds plain text. Rename it to .txt, or save it from Word as .docx.`);
  }
  if (kind === "ole") {
    return new ImportError(
      "wrong-content",
      `${named} but is ${KIND_NAMES.ole}. Open it in Word, remove any password and save it as .docx.`,
    );
  }
  if (kind === "zip" && readZipDirectory(bytes)?.some((entry) => entry.name === "word/document.xml")) {
    return new ImportError("wrong-content", `${named} but is a Word document. Rename it to .docx and upload it again.`);
  }
  if (kind === "pdf") {
    return new ImportError("wrong-content", `${named} but is a PDF, which cannot be imported. Copy the text into the form instead.`);
  }
  return new ImportError("wrong-content", `${named} but is ${KIND_NAMES[kind]}. ${SUPPORTED}`);
}
