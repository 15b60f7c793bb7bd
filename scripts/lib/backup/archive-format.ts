// The backup archive (.fdbak): one gzip stream of newline-terminated JSON lines.
//
//   line 1        {"manifest": {...}}                     what follows, with checksums
//   per table     {"table": "<name>"}                     a section header, in manifest order
//                 ["<text>", null, ...]                   one line per row, values in the
//                                                         manifest's column order
//   last line     {"end": {"sha256": "<hex>"}}            SHA-256 of every byte above it
//
// Values are PostgreSQL's own text form of each column (`col::text`, which is what
// COPY's text format and pg_dump write), read under fixed output settings (see
// DUMP_SETTINGS), and cast back with the column's type on restore. That keeps jsonb,
// bigint, timestamptz(3), arrays, bytea and enums exact; JSON null is SQL NULL, so
// NULL and the empty string stay apart.
import { z } from "zod";

export const ARCHIVE_FORMAT = "factdesk-backup";
export const ARCHIVE_FORMAT_VERSION = 1;

/** Output (and input) settings that make every value's text form the same on any server. */
export const DUMP_SETTINGS: Record<string, string> = {
  DateStyle: "ISO, YMD",
  IntervalStyle: "postgres",
  TimeZone: "UTC",
  extra_float_digits: "3",
  bytea_output: "hex",
};

const columnSchema = z.object({ name: z.string(), type: z.string() });
const tableSchema = z.object({
  name: z.string(),
  columns: z.array(columnSchema).min(1),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  createdAt: z.string(),
  database: z.string(),
  serverVersion: z.string(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.array(tableSchema),
  sequences: z.array(
    z.object({ table: z.string(), column: z.string(), lastValue: z.string().nullable() }),
  ),
  chainHeads: z.array(z.object({ table: z.string(), chain: z.string().nullable(), hash: z.string() })),
});

export type TableManifest = z.infer<typeof tableSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type ChainHead = Manifest["chainHeads"][number];
export type Row = (string | null)[];

/** A refusal the user reads: the message is one sentence, no stack trace. */
export class ArchiveError extends Error {
  override name = "ArchiveError";
}

export function damaged(reason: string): ArchiveError {
  return new ArchiveError(`The archive is damaged or altered (${reason}); nothing was restored.`);
}

export const encodeLine = (value: unknown): string => `${JSON.stringify(value)}\n`;
export const manifestLine = (manifest: Manifest) => encodeLine({ manifest });
export const tableHeaderLine = (table: string) => encodeLine({ table });
export const trailerLine = (sha256: string) => encodeLine({ end: { sha256 } });

export function parseManifestLine(line: string): Manifest {
  const parsed = manifestSchema.safeParse(parseJson(line, "the manifest")?.manifest);
  if (!parsed.success) throw damaged("the first line is not a factdesk backup manifest");
  return parsed.data;
}

export function parseTrailerLine(line: string): string {
  const sha256 = parseJson(line, "the last line")?.end?.sha256;
  if (typeof sha256 !== "string") throw damaged("the closing checksum line is missing");
  return sha256;
}

export function parseRowLine(line: string, table: TableManifest): Row {
  const row: unknown = parseJson(line, `a row of "${table.name}"`);
  const isRow =
    Array.isArray(row) &&
    row.length === table.columns.length &&
    row.every((value) => value === null || typeof value === "string");
  if (!isRow) throw damaged(`a row of "${table.name}" does not match its columns`);
  return row as Row;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shape checked by the callers
function parseJson(line: string, what: string): any {
  try {
    return JSON.parse(line);
  } catch {
    throw damaged(`${what} is not valid JSON`);
  }
}
