// Every API request is answered as the token's user only while the token stands
// and the user is active (lib/server/auth/find-token-actor.ts): one statement
// reads both, so each condition is checked here on its own.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SYSTEM_ACTOR } from "@/lib/domain/capabilities";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { findTokenActor } from "@/lib/server/auth/find-token-actor";
import { makeUser } from "../support/factories";

async function tokenFor(role: "editor" | "viewer") {
  const user = await makeUser(role);
  const created = await createApiToken({ actor: SYSTEM_ACTOR, input: { name: "Our CMS", userId: user.id } });
  return { user, created, header: `Bearer ${created.token}` };
}

describe("findTokenActor", () => {
  it("answers as the token's user, naming the token", async () => {
    const { user, created, header } = await tokenFor("editor");
    expect(await findTokenActor(header)).toEqual({
      id: user.id, email: user.email, name: user.name, role: "editor", apiTokenName: "Our CMS", apiTokenId: created.id,
    });
  });

  it("refuses a revoked token", async () => {
    const { created, header } = await tokenFor("editor");
    await db.apiToken.update({ where: { id: created.id }, data: { revokedAt: new Date() } });
    expect(await findTokenActor(header)).toBeNull();
  });

  it("refuses the token of a disabled user", async () => {
    const { user, header } = await tokenFor("editor");
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findTokenActor(header)).toBeNull();
  });

  it("refuses an unknown token and a header that is not a bearer token", async () => {
    const { created } = await tokenFor("viewer");
    expect(await findTokenActor(`Bearer ${created.token}x`)).toBeNull();
    expect(await findTokenActor(`Basic ${created.token}`)).toBeNull();
    expect(await findTokenActor(null)).toBeNull();
  });

  it("records the token's use, at most once a minute", async () => {
    const { created, header } = await tokenFor("viewer");
    await findTokenActor(header);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await findTokenActor(header);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toEqual(first);
  });
});
