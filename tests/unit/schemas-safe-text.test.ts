// Every string and date field of every schema in lib/schemas refuses what
// PostgreSQL cannot store or what only looks like text. The fields are found by
// walking the exported schemas, so a new schema or field is covered without
// being listed here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { SAFE_TEXT_MESSAGES } from "@/lib/schemas/safe-text";

type Leaf = { where: string; schema: z.ZodType; kind: "text" | "format" | "date" };

const root = path.join(import.meta.dirname, "../..");
const schemaModules = import.meta.glob<Record<string, unknown>>("../../lib/schemas/*.ts", { eager: true });

function isSchema(value: unknown): value is z.ZodType {
  return typeof value === "object" && value !== null && "_zod" in value && "safeParse" in value;
}

function collectLeaves(schema: z.ZodType, where: string, leaves: Leaf[]): void {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const child = (key: string, suffix = "") => collectLeaves(def[key] as z.ZodType, where + suffix, leaves);
  switch (def.type) {
    case "object":
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        collectLeaves(field, `${where}.${key}`, leaves);
      }
      return;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return child("innerType");
    case "pipe":
      // What the caller sends meets the "in" side; "out" only sees its result.
      return child("in");
    case "union":
      (def.options as z.ZodType[]).forEach((option) => collectLeaves(option, where, leaves));
      return;
    case "array":
      return child("element", "[]");
    case "string":
      leaves.push({ where, schema, kind: def.format ? "format" : "text" });
      return;
    case "date":
      leaves.push({ where, schema, kind: "date" });
      return;
  }
}

const leaves: Leaf[] = [];
for (const [file, exports] of Object.entries(schemaModules)) {
  for (const [name, value] of Object.entries(exports)) {
    if (isSchema(value)) collectLeaves(value, `${path.basename(file, ".ts")}:${name}`, leaves);
  }
}

const messagesOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe("the schemas' string fields", () => {
  it("are found (the walk reaches the fields the API and the forms use)", () => {
    const where = leaves.map((leaf) => leaf.where);
    expect(where).toEqual(
      expect.arrayContaining([
        "article:createArticleSchema.headline",
        "article:createArticleSchema.text",
        "article:createArticleSchema.byline",
        "article:createArticleSchema.originalUrl",
        "article:createArticleSchema.publishedAt",
        "article:createArticleSchema.externalId",
        "revision:saveRevisionSchema.text",
        "comment:addCommentSchema.body",
        "source:createSourceSchema.title",
        "source:createSourceSchema.accessedAt",
        "claim:searchClaimsSchema.query",
        "user:createUserSchema.name",
        "api-token:createApiTokenSchema.name",
        "settings:updateDeskSettingsSchema.organisationUrl",
      ]),
    );
    expect(leaves.filter((leaf) => leaf.kind === "text").length).toBeGreaterThan(20);
  });

  const textLeaves = leaves.filter((leaf) => leaf.kind === "text").map((leaf) => [leaf.where, leaf] as const);
  it.each(textLeaves)("%s refuses NUL, lone surrogates and invisible-only text", (_where, { schema }) => {
    expect(messagesOf(schema, "Renault\u0000Nissan")).toContain(SAFE_TEXT_MESSAGES.nul);
    expect(messagesOf(schema, "Renault \uD800")).toContain(SAFE_TEXT_MESSAGES.loneSurrogate);
    expect(messagesOf(schema, "Renault \uDC00 Nissan")).toContain(SAFE_TEXT_MESSAGES.loneSurrogate);
    for (const invisible of ["\u200B", "\u200B\u200C\u200D", "\uFEFF\u200B", "\u200E\u200F", " \u202E\u2066 ", "\u2060\u00AD"]) {
      expect(messagesOf(schema, invisible), JSON.stringify(invisible)).toContain(SAFE_TEXT_MESSAGES.invisibleOnly);
    }
  });

  const formatLeaves = leaves.filter((leaf) => leaf.kind === "format").map((leaf) => [leaf.where, leaf] as const);
  it.each(formatLeaves)("%s (an id, email or address format) refuses NUL", (_where, { schema }) => {
    expect(schema.safeParse("a\u0000b@example.com").success).toBe(false);
    expect(schema.safeParse("http://example.com/\u0000").success).toBe(false);
  });

  const dateLeaves = leaves.filter((leaf) => leaf.kind === "date").map((leaf) => [leaf.where, leaf] as const);
  it.each(dateLeaves)("%s refuses dates PostgreSQL and Prisma cannot store", (_where, { schema }) => {
    for (const date of ["-271821-04-20", "+275760-09-13", "0999-12-31T23:59:59Z", "10000-01-01", "not a date"]) {
      expect(schema.safeParse(date).success, date).toBe(false);
    }
    expect(schema.safeParse("2019-06-13").success).toBe(true);
  });

  it("keeps real text: accents, right-to-left words, emoji, joined emoji", () => {
    const headline = leaves.find((leaf) => leaf.where === "article:createArticleSchema.headline")!.schema;
    for (const text of ["Élysée", "مرحبا\u200F بالعالم", "👍 up", "👩‍👩‍👧 family", "a\u200Bb"]) {
      expect(headline.safeParse(text).success, text).toBe(true);
    }
  });
});

describe("schema sources", () => {
  // The walk above only sees exported schemas; this catches an inline one.
  it("build strings and dates only through safeText() and safeDate()", () => {
    const offenders: string[] = [];
    for (const folder of ["lib/schemas", "lib/server", "lib/actions", "app"]) {
      for (const file of readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })) {
        if (!/\.tsx?$/.test(file) || /safe-(text|date)\.ts$/.test(file)) continue;
        const source = readFileSync(path.join(root, folder, file), "utf8");
        if (/z\s*\.\s*(string|coerce)\b/.test(source)) offenders.push(`${folder}/${file}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
