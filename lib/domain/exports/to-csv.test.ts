import { describe, expect, it } from "vitest";
import { formatCsvCell, toCsv } from "./to-csv";

describe("toCsv", () => {
  it("writes a BOM, a header row and CRLF rows", () => {
    expect(toCsv(["a", "b"], [["1", 2]])).toBe("\uFEFFa,b\r\n1,2\r\n");
    expect(toCsv(["a"], [], { bom: false })).toBe("a\r\n");
  });
  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(formatCsvCell("a,b")).toBe('"a,b"');
    expect(formatCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(formatCsvCell("cr\rhere")).toBe('"cr\rhere"');
    expect(formatCsvCell("plain café 🚗")).toBe("plain café 🚗");
  });
  it("guards text cells that a spreadsheet would run as a formula", () => {
    expect(formatCsvCell("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(formatCsvCell("+1")).toBe("'+1");
    expect(formatCsvCell("-2+3")).toBe("'-2+3");
    expect(formatCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(formatCsvCell("\tcmd")).toBe("'\tcmd");
    expect(formatCsvCell("a=b")).toBe("a=b");
  });
  it("writes values that are not text as they are", () => {
    expect(formatCsvCell(-5)).toBe("-5");
    expect(formatCsvCell(true)).toBe("true");
    expect(formatCsvCell(new Date("2026-11-20T10:15:30.123Z"))).toBe("2026-11-20T10:15:30.123Z");
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(undefined)).toBe("");
  });
});
