// Issue 10, deliverable 4: voiding a sign-off by construction. Every use case in
// lib/server (found by its signature, not listed by hand) is either run on a
// signed-off article and expected to void the sign-off, or declared as not
// changing what the sign-off covers, with the reason. A new use case, or a new
// file that is neither a use case nor a declared helper, fails here by name.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEventsSince, markAuditEvents } from "../support/audit-events";
import { makeSignedOffArticle, writerOf } from "../support/sign-off-factories";
import { findUseCaseNames, listServerFiles } from "../support/use-case-files";
import { SERVER_HELPERS } from "../support/server-helpers";
import { VOIDING_USE_CASES } from "../support/voiding-use-cases";

const files = listServerFiles();
const useCaseFiles = files.filter((file) => findUseCaseNames(file).length > 0);

describe("every file in lib/server is classified", () => {
  it("maps each use case to content-changing or not, and declares every other file a helper", () => {
    const problems: string[] = [];
    for (const file of files) {
      const isUseCase = useCaseFiles.includes(file);
      if (isUseCase && !(file in VOIDING_USE_CASES)) {
        problems.push(`${file} is a use case but tests/support/voiding-use-cases.ts does not say whether it changes what a sign-off covers`);
      }
      if (!isUseCase && !(file in SERVER_HELPERS)) {
        problems.push(`${file} exports no use case ({ actor }) and is not declared in tests/support/server-helpers.ts`);
      }
      if (isUseCase && file in SERVER_HELPERS) problems.push(`${file} is declared a helper but exports a use case`);
      // The map is per file, so one use case per file (style rule 1) keeps a second one from hiding behind the first.
      if (findUseCaseNames(file).length > 1) problems.push(`${file} exports more than one use case: ${findUseCaseNames(file).join(", ")}`);
      if (!isUseCase && file in VOIDING_USE_CASES) problems.push(`${file} is mapped as a use case but exports none`);
    }
    for (const file of [...Object.keys(VOIDING_USE_CASES), ...Object.keys(SERVER_HELPERS)]) {
      if (!files.includes(file)) problems.push(`${file} is classified but no longer exists`);
    }
    expect(problems).toEqual([]);
  });
});

const contentChanging = useCaseFiles.flatMap((file) => {
  const entry = VOIDING_USE_CASES[file];
  return entry && "changesContent" in entry ? [{ file, ...entry }] : [];
});
const keeping = useCaseFiles.flatMap((file) => {
  const entry = VOIDING_USE_CASES[file];
  return entry && "keepsSignOff" in entry && entry.keepsSignOff ? [{ file, keepsSignOff: entry.keepsSignOff }] : [];
});

describe("a use case that changes what a sign-off covers voids a standing sign-off", () => {
  it("has content-changing use cases to run (the enumeration found them)", () => {
    expect(contentChanging.length).toBeGreaterThanOrEqual(12);
  });

  it.each(contentChanging)("$file", async ({ changesContent, leavesState }) => {
    const signed = await makeSignedOffArticle();
    const mark = await markAuditEvents();
    await changesContent(signed);

    const signOff = await db.signOff.findUniqueOrThrow({ where: { id: signed.signOff.id } });
    expect(signOff.voidedAt).not.toBeNull();
    expect(signOff.voidReason).toMatch(/^Changed after sign-off: /);
    const article = await db.article.findUniqueOrThrow({ where: { id: signed.article.id } });
    expect(article.state).toBe(leavesState ?? "in_review");

    const events = await auditEventsSince(mark);
    const voids = events.filter((event) => event.action === "sign-off.void");
    expect(voids).toHaveLength(1);
    expect(voids[0]).toMatchObject({ entityId: signOff.id, articleId: article.id, actorId: expect.any(String) });
    // One transaction: the void, the voided row and the change's own audit event.
    const voidWriter = await writerOf("AuditEvent", voids[0].id);
    expect(await writerOf("SignOff", signOff.id)).toBe(voidWriter);
    const changeEvents = events.filter((event) => event.action !== "sign-off.void");
    expect(changeEvents.length).toBeGreaterThan(0);
    const changeWriters = await Promise.all(changeEvents.map((event) => writerOf("AuditEvent", event.id)));
    expect(changeWriters).toContain(voidWriter);
  });
});

describe("a use case that does not change what a sign-off covers leaves it standing", () => {
  it.each(keeping)("$file", async ({ keepsSignOff }) => {
    const signed = await makeSignedOffArticle();
    const mark = await markAuditEvents();
    await keepsSignOff(signed);
    const signOff = await db.signOff.findUniqueOrThrow({ where: { id: signed.signOff.id } });
    expect(signOff.voidedAt).toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: signed.article.id } })).state).toBe("signed_off");
    const events = await auditEventsSince(mark);
    expect(events.map((event) => event.action)).not.toContain("sign-off.void");
    expect(events.length).toBeGreaterThan(0);
  });
});
