import { describe, expect, it } from "vitest";
import { numberText, toJsonbText } from "./jsonb-text";

describe("toJsonbText", () => {
  it("sorts keys by byte length, then bytewise, with PostgreSQL's spacing", () => {
    expect(toJsonbText({ bb: 1, a: [true, null], ab: { z: "x", é: 2, ac: false } })).toBe(
      '{"a": [true, null], "ab": {"z": "x", "ac": false, "é": 2}, "bb": 1}',
    );
  });
  it("prints empty containers and drops undefined fields, as JSON.stringify does", () => {
    expect(toJsonbText({ a: {}, b: [], c: undefined })).toBe('{"a": {}, "b": []}');
  });
  it("escapes like escape_json: named escapes, lowercase \\u00xx, everything else raw", () => {
    expect(toJsonbText('q"b\\\n\r\t\b\f\u0001\u001f\u007f é ✓')).toBe('"q\\"b\\\\\\n\\r\\t\\b\\f\\u0001\\u001f\u007f é ✓"');
  });
  it("refuses values JSON cannot hold", () => {
    expect(() => toJsonbText(Number.NaN)).toThrow();
    expect(() => toJsonbText(() => 1)).toThrow();
  });
});

describe("numberText", () => {
  it("writes numbers out in plain decimal, never with an exponent", () => {
    expect(numberText(15)).toBe("15");
    expect(numberText(-0)).toBe("0");
    expect(numberText(0.1)).toBe("0.1");
    expect(numberText(1e21)).toBe("1000000000000000000000");
    expect(numberText(-1.5e-7)).toBe("-0.00000015");
    expect(numberText(1.25e22)).toBe("12500000000000000000000");
    expect(numberText(1e-7)).toBe("0.0000001");
  });
});
