// CSV as RFC 4180 writes it (CRLF rows, fields quoted when they hold a comma,
// quote or line break), and safe to open in a spreadsheet: a text cell that
// starts with = + - @ (or a tab/CR, which some spreadsheets skip before
// evaluating) gets a leading single quote, so it is read as text and never run
// as a formula (OWASP "CSV injection"). Numbers, booleans and dates are written
// as values, never guarded: they cannot be formulas.
export type CsvCell = string | number | boolean | Date | null | undefined;

export type CsvOptions = {
  /**
   * Start with a UTF-8 byte order mark. Default true: Excel reads a CSV without
   * one in the local code page and mangles "café" and "—".
   */
  bom?: boolean;
};

const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const lines = [header, ...rows].map((row) => row.map(formatCsvCell).join(","));
  return `${options.bom === false ? "" : "\uFEFF"}${lines.join("\r\n")}\r\n`;
}

/**
 * The same file a line at a time, for an export streamed in batches:
 * `csvHeaderLine(header) + rows.map(csvLine).join("")` is `toCsv(header, rows)`.
 */
export function csvHeaderLine(header: readonly string[], options: CsvOptions = {}): string {
  return `${options.bom === false ? "" : "\uFEFF"}${csvLine(header)}`;
}

export function csvLine(row: readonly CsvCell[]): string {
  return `${row.map(formatCsvCell).join(",")}\r\n`;
}

export function formatCsvCell(cell: CsvCell): string {
  return quoteCsvField(cellToText(cell));
}

function cellToText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
