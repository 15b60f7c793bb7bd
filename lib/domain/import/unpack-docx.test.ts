import { Document, Packer, Paragraph } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { importArticleFile, ImportError, IMPORT_LIMITS } from "./import-article-file";
import { makeLyingZip } from "@/tests/support/lying-zip";
import { storeZip, unpackZipEntries } from "./unpack-docx";
import { readZipDirectory } from "./zip-directory";

const MB = 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The entries of a real .docx (from the docx package), unpacked. */
async function realDocxEntries(text: string) {
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return Promise.all(files.map(async (file) => ({ name: file.name, data: await file.async("uint8array") })));
}

async function refusal(work: () => unknown): Promise<ImportError> {
  const error = await Promise.resolve().then(work).then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("unpackZipEntries", () => {
  it("returns each entry's real content", () => {
    const bytes = makeLyingZip([{ name: "a.xml", data: utf8("<a/>") }, { name: "b.txt", data: utf8("b".repeat(5000)) }]);
    const unpacked = unpackZipEntries(bytes, readZipDirectory(bytes)!, 10_000);
    expect(unpacked.map(({ name, data }) => [name, data.byteLength])).toEqual([["a.xml", 4], ["b.txt", 5000]]);
  });

  it("counts the bytes that come out, not the sizes the headers declare", async () => {
    const bytes = makeLyingZip([{ name: "word/document.xml", data: new Uint8Array(5 * MB), declaredBytes: 1000 }]);
    expect(readZipDirectory(bytes)![0].unpackedBytes).toBe(1000);
    const error = await refusal(() => unpackZipEntries(bytes, readZipDirectory(bytes)!, 1 * MB));
    expect(error.reason).toBe("too-large");
    expect(error.userMessage).toBe("The document unpacks to more than 1 MB, the limit.");
  });

  it("counts the total across entries, so many small lies add up", async () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ name: `part${i}.xml`, data: new Uint8Array(300 * 1024), declaredBytes: 10 }));
    const bytes = makeLyingZip(entries);
    expect((await refusal(() => unpackZipEntries(bytes, readZipDirectory(bytes)!, 1 * MB))).reason).toBe("too-large");
    expect(unpackZipEntries(bytes, readZipDirectory(bytes)!, 2 * MB)).toHaveLength(5);
  });

  it("refuses entries whose data is not where the directory says", async () => {
    const bytes = makeLyingZip([{ name: "a.xml", data: utf8("<a/>") }]);
    const entries = readZipDirectory(bytes)!.map((entry) => ({ ...entry, localHeaderOffset: entry.localHeaderOffset + 3 }));
    expect((await refusal(() => unpackZipEntries(bytes, entries))).reason).toBe("malformed");
    const garbled = bytes.slice();
    garbled.fill(0xff, 35, 38);
    expect((await refusal(() => unpackZipEntries(garbled, readZipDirectory(garbled)!))).reason).toBe("malformed");
  });
});

describe("importArticleFile with a lying .docx", () => {
  it("refuses a 100 KB file that declares 1,000 bytes and inflates to 100 MB, stopping at the limit", async () => {
    // The bomb is the one entry mammoth must read: document.xml.
    const entries = (await realDocxEntries("Renault holds 43% of Nissan.")).filter((entry) => entry.name !== "word/document.xml");
    const bomb = { name: "word/document.xml", data: new Uint8Array(100 * MB).fill(0x20), declaredBytes: 1000 };
    const bytes = makeLyingZip([...entries, bomb]);
    expect(bytes.byteLength).toBeLessThan(200 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const error = await refusal(() => importArticleFile({ fileName: "bomb.docx", bytes }));
    expect(error.reason).toBe("too-large");
    expect(error.userMessage).toBe("The document unpacks to more than 50 MB, the limit.");
    // The inflate stopped at the limit: nothing near the 100 MB it holds was kept.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(IMPORT_LIMITS.maxUnpackedBytes + 5 * MB);
  });

  it("still imports the same document when it is honest", async () => {
    const bytes = makeLyingZip(await realDocxEntries("Renault holds 43% of Nissan."));
    const article = await importArticleFile({ fileName: "story.docx", bytes });
    expect(article.text).toBe("Renault holds 43% of Nissan.");
  });
});

describe("storeZip", () => {
  it("writes an archive JSZip reads back entry for entry", async () => {
    const entries = [{ name: "word/document.xml", data: utf8("<w:document/>") }, { name: "café/é.txt", data: utf8("é") }];
    const zip = await JSZip.loadAsync(storeZip(entries), { checkCRC32: true });
    expect(await zip.file("word/document.xml")!.async("string")).toBe("<w:document/>");
    expect(await zip.file("café/é.txt")!.async("string")).toBe("é");
  });
});
