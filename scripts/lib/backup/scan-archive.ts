// Reads an archive from end to end and checks everything the format promises:
// a complete gzip stream, the manifest, each table's section (header, row count,
// row shape, SHA-256), the closing SHA-256 of the whole body, and nothing after it.
// A restore scans twice: once to refuse a bad file before anything is written,
// and again while loading, inside the transaction, so a file changed in between
// is still caught before COMMIT.
import { createHash } from "node:crypto";
import {
  damaged,
  type Manifest,
  parseManifestLine,
  parseRowLine,
  parseTrailerLine,
  type Row,
  tableHeaderLine,
  type TableManifest,
} from "./archive-format";
import { readGzipLines } from "./gzip-lines";

export type RowBatchHandler = (table: TableManifest, rows: Row[]) => Promise<void>;

// A batch goes to the database at whichever comes first: bounded memory for long texts.
const BATCH_ROWS = 2000;
const BATCH_CHARS = 16 * 1024 * 1024;

/** Checks the whole archive and returns its manifest. `onRows` sees each table's rows, in batches, as they pass. */
export async function scanArchive(file: string, onRows?: RowBatchHandler): Promise<Manifest> {
  const reader = new LineReader(file);
  try {
    return await scanLines(reader, onRows);
  } finally {
    await reader.close(); // closes the file when a check fails early
  }
}

/** Verifies an archive without writing anything anywhere. */
export const verifyArchive = (file: string): Promise<Manifest> => scanArchive(file);

async function scanLines(reader: LineReader, onRows: RowBatchHandler | undefined): Promise<Manifest> {
  const manifest = parseManifestLine(await reader.take("the manifest"));
  for (const table of manifest.tables) {
    if (`${await reader.take(`the "${table.name}" section`)}\n` !== tableHeaderLine(table.name)) {
      throw damaged(`the "${table.name}" section is not where the manifest puts it`);
    }
    const hash = createHash("sha256");
    let batch: Row[] = [];
    let batchChars = 0;
    for (let index = 0; index < table.rows; index++) {
      const line = await reader.take(`row ${index + 1} of "${table.name}"`);
      hash.update(line).update("\n");
      batch.push(parseRowLine(line, table));
      batchChars += line.length;
      if (batch.length === BATCH_ROWS || batchChars >= BATCH_CHARS) {
        await onRows?.(table, batch);
        batch = [];
        batchChars = 0;
      }
    }
    if (batch.length > 0) await onRows?.(table, batch);
    if (hash.digest("hex") !== table.sha256) throw damaged(`the rows of "${table.name}" do not match their checksum`);
  }
  const bodySha256 = reader.bodySha256();
  const expected = parseTrailerLine(await reader.next("the closing checksum"));
  if (bodySha256 !== expected) throw damaged("the archive does not match its closing checksum");
  if (!(await reader.isAtEnd())) throw damaged("there is more after the closing checksum");
  return manifest;
}

/** The archive's lines in order, hashing every line taken as part of the body. */
class LineReader {
  private readonly lines: AsyncGenerator<string>;
  private readonly body = createHash("sha256");

  constructor(file: string) {
    this.lines = readGzipLines(file);
  }

  async next(what: string): Promise<string> {
    const { value, done } = await this.lines.next();
    if (done) throw damaged(`it ends before ${what}: truncated`);
    return value;
  }

  async take(what: string): Promise<string> {
    const line = await this.next(what);
    this.body.update(line).update("\n");
    return line;
  }

  bodySha256 = () => this.body.digest("hex");
  isAtEnd = async () => (await this.lines.next()).done === true;
  close = async () => void (await this.lines.return(undefined));
}
