import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readZipDirectory } from "./zip-directory";

describe("readZipDirectory", () => {
  it("lists names and unpacked sizes without unpacking", async () => {
    const zip = new JSZip().file("word/document.xml", "x".repeat(1000)).file("café.txt", "é");
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", comment: "hi" }));
    expect(readZipDirectory(bytes)?.filter((entry) => !entry.name.endsWith("/"))).toEqual([
      { name: "word/document.xml", unpackedBytes: 1000, packedBytes: expect.any(Number), method: 8, localHeaderOffset: expect.any(Number) },
      { name: "café.txt", unpackedBytes: 2, packedBytes: expect.any(Number), method: 8, localHeaderOffset: expect.any(Number) },
    ]);
  });

  it("returns null for bytes that are not a ZIP or are cut short", async () => {
    expect(readZipDirectory(new TextEncoder().encode("PK\u0003\u0004 not really"))).toBeNull();
    const bytes = new Uint8Array(await new JSZip().file("a.txt", "a").generateAsync({ type: "uint8array" }));
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 30))).toBeNull();
  });
});
