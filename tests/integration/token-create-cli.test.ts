// Issue 11, item E: `npm run token:create -- --email E --name N` prints a new
// API token once, stores only its hash, audits it, and fails in one sentence.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SYSTEM_ACTOR } from "@/lib/domain/capabilities";
import { sha256Hex } from "@/lib/domain/hashing";
import { findTokenActor } from "@/lib/server/auth/find-token-actor";
import { createApiTokenForEmail } from "@/lib/server/api-tokens/create-api-token-for-email";
import { expectValidationWithoutWrites } from "../support/expect-no-writes";
import { makeUser } from "../support/factories";

const runCli = (args: string[]) =>
  spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/token-create.ts", ...args], { encoding: "utf8", env: process.env });

describe("createApiTokenForEmail (the CLI's use case)", () => {
  it("makes a working token for the user with that email, stored hashed and audited", async () => {
    const editor = await makeUser("editor");
    const created = await createApiTokenForEmail({ actor: SYSTEM_ACTOR, input: { email: editor.email.toUpperCase(), name: "Our CMS" } });
    expect(created.token).toMatch(/^fdk_[\w-]{40,}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ userId: editor.id, name: "Our CMS", tokenHash: sha256Hex(created.token) });
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect((await findTokenActor(`Bearer ${created.token}`))?.id).toBe(editor.id);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "api-token.create", entityId: created.id } });
    expect(audit.after).toEqual({ name: "Our CMS", userId: editor.id });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an unknown email", { email: "nobody@test.factdesk", name: "CMS" }, "email"],
    ["a malformed email", { email: "not an email", name: "CMS" }, "email"],
    ["an empty name", { email: "admin@test.factdesk", name: " " }, "name"],
  ])("refuses %s, creating nothing", async (_label, input, path) => {
    await expectValidationWithoutWrites(() => createApiTokenForEmail({ actor: SYSTEM_ACTOR, input }), [path]);
  });

  it("refuses a disabled user's email", async () => {
    const viewer = await makeUser("viewer");
    await db.user.update({ where: { id: viewer.id }, data: { disabledAt: new Date() } });
    await expectValidationWithoutWrites(() => createApiTokenForEmail({ actor: SYSTEM_ACTOR, input: { email: viewer.email, name: "CMS" } }), ["email"]);
  });

  it("is for admins only", async () => {
    const editor = await makeUser("editor");
    await expect(createApiTokenForEmail({ actor: editor, input: { email: editor.email, name: "CMS" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("npm run token:create", () => {
  it("prints only the token on standard output, once, and exits 0", async () => {
    const editor = await makeUser("editor");
    const result = runCli(["--email", editor.email, "--name", "Scripted CMS"]);
    expect(result.status, result.stderr).toBe(0);
    const token = result.stdout.trim();
    expect(token).toMatch(/^fdk_[\w-]{40,}$/);
    expect(result.stdout).toBe(`${token}\n`);
    expect(result.stderr).toContain(`Created the token "Scripted CMS" for ${editor.email}.`);
    expect(await db.apiToken.count({ where: { userId: editor.id, tokenHash: sha256Hex(token) } })).toBe(1);
  });

  it("fails in one sentence with exit code 1 for an unknown email or missing arguments", () => {
    const unknown = runCli(["--email", "nobody@test.factdesk", "--name", "CMS"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr.trim()).toBe("Could not create the token: No active user has the email nobody@test.factdesk.");
    const missing = runCli(["--email", "nobody@test.factdesk"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^Usage: npm run token:create -- --email .+ --name .+$/);
  });
});
