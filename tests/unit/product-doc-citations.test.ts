// Code and tests name the section of docs/product.md a rule comes from
// (`product.md, "Sign-off"`). A renamed or removed section would leave those
// pointers dangling; this finds every citation and checks its heading exists.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const FOLDERS = ["lib", "components", "app", "tests", "e2e", "scripts"];
const CITATION = /product\.md, "([^"]+)"/g;

function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === "node_modules" || name === "generated") return [];
    if (statSync(path).isDirectory()) return listFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

describe("docs/product.md", () => {
  const headings = new Set(
    readFileSync(join(ROOT, "docs", "product.md"), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("## "))
      .map((line) => line.slice(3).trim()),
  );
  const citations = FOLDERS.flatMap((folder) => listFiles(join(ROOT, folder))).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(CITATION)].map((match) => ({ file: relative(ROOT, file), section: match[1] })),
  );

  it("is cited by the code and tests whose rules come from it", () => {
    expect(citations.length).toBeGreaterThanOrEqual(5);
  });

  it("has every section that code or a test cites", () => {
    const dangling = citations.filter(({ section }) => !headings.has(section)).map(({ file, section }) => `${file}: "${section}"`);
    expect(dangling).toEqual([]);
  });
});
