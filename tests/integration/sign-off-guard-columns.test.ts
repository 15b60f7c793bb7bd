// The database guard must watch every column the sign-off hash covers. The
// hashed fields are found by changing each one in turn and seeing the hash move
// (the sample is typed as the hash's input, so a new hashed field will not
// compile until it is added here), then compared with the trigger definitions
// PostgreSQL reports. A field added to the hash without a guard fails here.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeSignOffHash, type SignOffHashClaim, type SignOffHashDetails } from "@/lib/domain/sign-off/sign-off-hash";

const SAMPLE: SignOffHashClaim = {
  id: "c1", start: 0, end: 5, exact: "Words", restated: "Words", verdict: "corrected",
  correction: "Other words", rationale: "Because", isOrphaned: false, version: 3,
  sources: [{ sourceId: "s1", stance: "supports" }],
};

const DETAILS: SignOffHashDetails = {
  headline: "Headline", byline: "Jane Doe", publication: "The Times", originalUrl: "https://news.example/a", publishedAt: new Date("2019-06-13T00:00:00Z"),
};

function changed(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime() + 1000);
  if (typeof value === "number") return value + 1;
  if (typeof value === "boolean") return !value;
  if (value === "corrected") return "verified";
  return `${String(value)} changed`;
}

function hashOf(claim: SignOffHashClaim, details: SignOffHashDetails = DETAILS): string {
  return computeSignOffHash({ revisionText: "Words and more.", details, claims: [claim] });
}

/** The article columns the hash covers, found the same way. */
function hashedDetails(): string[] {
  const base = hashOf(SAMPLE);
  return (Object.keys(DETAILS) as (keyof SignOffHashDetails)[])
    .filter((key) => hashOf(SAMPLE, { ...DETAILS, [key]: changed(DETAILS[key]) }) !== base);
}

function hashedFields(): { claim: string[]; source: string[] } {
  const base = hashOf(SAMPLE);
  const claim = (Object.keys(SAMPLE) as (keyof SignOffHashClaim)[])
    .filter((key) => key !== "sources" && key !== "id") // a claim's id never changes: INSERT and DELETE cover it
    .filter((key) => hashOf({ ...SAMPLE, [key]: changed(SAMPLE[key]) }) !== base);
  const link = SAMPLE.sources[0];
  const source = (Object.keys(link) as (keyof typeof link)[])
    .filter((key) => hashOf({ ...SAMPLE, sources: [{ ...link, [key]: changed(link[key]) }] }) !== base);
  return { claim, source };
}

async function triggerDefinition(table: string): Promise<{ events: string; columns: string[] }> {
  const rows = await db.$queryRaw<{ definition: string }[]>`
    select pg_get_triggerdef(t.oid) as definition from pg_trigger t
    where t.tgrelid = ${`"${table}"`}::regclass and t.tgname = ${`${table}_change_needs_void`}`;
  expect(rows, `no guard trigger on ${table}`).toHaveLength(1);
  const definition = rows[0].definition;
  expect(definition).toMatch(/DEFERRABLE INITIALLY DEFERRED/);
  const columns = /UPDATE OF (.+?) ON /.exec(definition)?.[1].split(",").map((column) => column.trim().replaceAll('"', "")) ?? [];
  return { events: definition, columns };
}

describe("the sign-off guard covers what the hash covers", () => {
  it("finds the hashed fields by probing the hash", () => {
    expect(hashedFields().claim).toContain("restated");
    expect(hashedFields().source).toEqual(["sourceId", "stance"]);
  });

  it("watches every hashed claim column, and claims added or deleted", async () => {
    const { events, columns } = await triggerDefinition("Claim");
    expect(events).toMatch(/AFTER INSERT OR DELETE OR UPDATE OF/);
    expect(columns).toEqual(expect.arrayContaining([...hashedFields().claim, "articleId"]));
  });

  it("watches every hashed citation column, and citations added or removed", async () => {
    const { events, columns } = await triggerDefinition("ClaimSource");
    expect(events).toMatch(/AFTER INSERT OR DELETE OR UPDATE OF/);
    expect(columns).toEqual(expect.arrayContaining([...hashedFields().source, "claimId"]));
  });

  it("watches the text: the current revision and a revision's text", async () => {
    expect((await triggerDefinition("Article")).columns).toEqual(expect.arrayContaining(["currentRevisionId", ...hashedDetails()]));
    expect(hashedDetails()).toEqual(["headline", "byline", "publication", "originalUrl", "publishedAt"]);
    expect((await triggerDefinition("ArticleRevision")).columns).toEqual(["text"]);
  });
});
