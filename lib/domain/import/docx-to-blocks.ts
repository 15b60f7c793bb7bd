// .docx → HTML with mammoth → the same blocks as an HTML upload. Word's Title
// style becomes <h1 class="title"> (the headline), a "Byline" style marks the
// byline. Images are not read at all, and mammoth never follows links to
// files outside the document (externalFileAccess stays false).
import mammoth from "mammoth";
import type { ArticleBlocks } from "./article-blocks";
import { htmlToBlocks } from "./html-to-blocks";
import { ImportError } from "./import-error";
import { assertUnpackedSize } from "./import-limits";
import { storeZip, unpackZipEntries } from "./unpack-docx";
import { readZipDirectory } from "./zip-directory";

const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Byline'] => p.byline:fresh",
];

export async function docxToBlocks(bytes: Uint8Array): Promise<ArticleBlocks> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw new ImportError("malformed", "The .docx file is damaged: it could not be opened as a Word document.");
  if (!entries.some((entry) => entry.name === "word/document.xml")) {
    throw new ImportError(
      "wrong-content",
      "The file is a ZIP archive but not a Word document. Upload a .docx saved by Word, LibreOffice or Google Docs.",
    );
  }
  // The declared sizes refuse an honest large archive without work; the real
  // count comes while unpacking, and mammoth only sees what passed it.
  assertUnpackedSize(entries.reduce((total, entry) => total + entry.unpackedBytes, 0));
  const checked = storeZip(unpackZipEntries(bytes, entries));
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(checked.buffer, checked.byteOffset, checked.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError("malformed", "The .docx file is damaged: Word's content could not be read.", { cause: error });
  }
  return htmlToBlocks(html);
}
