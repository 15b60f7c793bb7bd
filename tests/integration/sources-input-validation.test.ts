// Item 9 for sources: a URL that is not http(s), over-long or mistyped fields,
// unknown fields are refused with VALIDATION on the right path, nothing written.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/capabilities";
import { createSource } from "@/lib/server/sources/create-source";
import { linkSource } from "@/lib/server/sources/link-source";
import { searchSources } from "@/lib/server/sources/search-sources";
import { unlinkSource } from "@/lib/server/sources/unlink-source";
import { makeArticleWithClaim, makeSource } from "../support/claim-factories";
import { expectRefusedWithoutWrites, expectValidationWithoutWrites } from "../support/expect-no-writes";
import { makeUser } from "../support/factories";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
let editor: Actor;

beforeAll(async () => {
  editor = await makeUser("editor");
});

describe("createSource", () => {
  const valid = () => ({
    url: "https://www.gouvernement.fr/renault-stake",
    title: "The State's stake in Renault",
    publisher: "Gouvernement",
    kind: "official_statement",
    accessedAt: "2024-05-01T09:00:00Z",
  });
  const attempt = (input: unknown) => () => createSource({ actor: editor, input });

  it("accepts the valid baseline, http as well as https", async () => {
    await expect(createSource({ actor: editor, input: valid() })).resolves.toMatchObject({ kind: "official_statement" });
    await expect(createSource({ actor: editor, input: { ...valid(), url: "http://example.org/a" } })).resolves.toMatchObject({
      url: "http://example.org/a",
    });
  });

  it.each([
    ["javascript:alert(document.cookie)"],
    ["JavaScript:alert(1)"],
    ["  javascript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["ftp://ftp.example.org/report.pdf"],
    ["file:///etc/passwd"],
    ["mailto:press@renault.com"],
    ["www.renault.com/report"],
    ["renault.com"],
    ["//example.org/no-scheme"],
    [""],
    [`https://example.org/${"p".repeat(2001)}`],
  ])("refuses the URL %j on url", async (url) => {
    await expectValidationWithoutWrites(attempt({ ...valid(), url }), ["url"]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a title over 500 characters", { title: "t".repeat(501) }, ["title"]],
    ["an empty title", { title: "  " }, ["title"]],
    ["a publisher over 300 characters", { publisher: "p".repeat(301) }, ["publisher"]],
    ['kind "blog"', { kind: "blog" }, ["kind"]],
    ["an access date that is not a date", { accessedAt: "yesterday-ish" }, ["accessedAt"]],
    ["an access date in the future", { accessedAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString() }, ["accessedAt"]],
    ["a URL as a number", { url: 42 }, ["url"]],
    ["a smuggled creator", { createdById: UNKNOWN_ID }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(attempt({ ...valid(), ...change }), paths);
  });
});

describe("linkSource", () => {
  let claimId: string;
  let sourceId: string;
  beforeAll(async () => {
    claimId = (await makeArticleWithClaim(editor)).claim.id;
    sourceId = (await makeSource(editor)).id;
  });
  const attempt = (change: Record<string, unknown>) => () =>
    linkSource({ actor: editor, input: { claimId, sourceId, excerpt: "15.01% of the capital", stance: "contradicts", ...change } });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['stance "neutral"', { stance: "neutral" }, ["stance"]],
    ["stance missing", { stance: undefined }, ["stance"]],
    ["an excerpt over 5,000 characters", { excerpt: "e".repeat(5001) }, ["excerpt"]],
    ["a source id that is not a uuid", { sourceId: "https://example.org" }, ["sourceId"]],
    ["an unknown field", { url: "https://example.org/inline" }, ["_form"]],
  ])("refuses %s", async (_label, change, paths) => {
    await expectValidationWithoutWrites(attempt(change), paths);
  });

  it("refuses an unknown source with NOT_FOUND", async () => {
    await expectRefusedWithoutWrites(attempt({ sourceId: UNKNOWN_ID }), { code: "NOT_FOUND" });
  });
});

describe("unlinkSource and searchSources", () => {
  it("refuses a citation id that is not a uuid, unknown fields, and an unknown citation", async () => {
    await expectValidationWithoutWrites(() => unlinkSource({ actor: editor, input: { claimSourceId: 5 } }), ["claimSourceId"]);
    await expectValidationWithoutWrites(
      () => unlinkSource({ actor: editor, input: { claimSourceId: UNKNOWN_ID, force: true } }),
      ["_form"],
    );
    await expectRefusedWithoutWrites(() => unlinkSource({ actor: editor, input: { claimSourceId: UNKNOWN_ID } }), {
      code: "NOT_FOUND",
    });
  });

  it("refuses an over-long query and an out-of-range limit", async () => {
    await expectValidationWithoutWrites(() => searchSources({ actor: editor, input: { query: "q".repeat(201) } }), ["query"]);
    await expectValidationWithoutWrites(() => searchSources({ actor: editor, input: { limit: 10_000 } }), ["limit"]);
  });
});
