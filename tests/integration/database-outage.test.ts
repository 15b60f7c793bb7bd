// A database outage, on a throwaway server (the suite's own must keep running):
// stopped, every edge answers "unavailable" (API 503 + Retry-After, actions a
// retry message, sign-in "service unavailable"), never a 500 or "wrong
// password"; started again on the same port and data, the same client recovers
// without a restart and nothing written before is lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getArticle } from "@/app/api/articles/[id]/route";
import { GET as getHealth } from "@/app/api/health/route";
import { runAction } from "@/lib/actions/action-result";
import { authOptions } from "@/lib/auth/auth-options";
import { SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in-errors";
import { createDbClient } from "@/lib/db";
import type { Actor } from "@/lib/domain/capabilities";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSource } from "@/lib/server/sources/create-source";
import { makeUser, TEST_PASSWORD } from "../support/factories";
import { startThrowawayServer, withDbClient, type ThrowawayServer } from "../support/throwaway-server";

const addSource = (actor: Actor, title: string) =>
  // One address per title: the library refuses the same page twice.
  createSource({ actor, input: { title, url: `https://a.example/${encodeURIComponent(title)}`, kind: "dataset", accessedAt: "2026-01-01" } });

let server: ThrowawayServer;
let client: PrismaClient;

beforeAll(async () => {
  server = await startThrowawayServer("outage");
  // A short connect timeout keeps the stopped-server calls quick.
  client = createDbClient(server.appUrl, { poolSize: 4, connectTimeoutMs: 1_000, statementTimeoutMs: 5_000 });
});

afterAll(async () => {
  await client?.$disconnect();
  await server?.remove();
});

type Authorize = (credentials: Record<string, string>) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

const getArticleWithToken = () =>
  getArticle(new Request("http://desk.example/api/articles/x", { headers: { authorization: "Bearer fdk_not-a-token" } }), {
    params: Promise.resolve({ id: "x" }),
  });

describe("a database outage", () => {
  it("answers unavailable at every edge while the server is down, and recovers on the same client", async () => {
    await withDbClient(client, async () => {
      const editor = await makeUser("editor");
      const before = await runAction(() => addSource(editor, "Before the outage"));
      expect(before.ok).toBe(true);
      expect((await getHealth()).status).toBe(200);

      await server.stop();

      const health = await getHealth();
      expect(health.status).toBe(503);
      expect(health.headers.get("Retry-After")).toBe("5");
      const api = await getArticleWithToken();
      expect(api.status).toBe(503);
      expect(api.headers.get("Retry-After")).toBe("5");
      expect((await api.json()).error.code).toBe("UNAVAILABLE");
      const action = await runAction(() => addSource(editor, "During"));
      expect(action).toMatchObject({ ok: false, code: "UNAVAILABLE", message: "The database is unavailable; try again in a moment." });
      await expect(authorize({ email: editor.email, password: TEST_PASSWORD })).rejects.toThrow(SIGN_IN_UNAVAILABLE);

      await server.start();

      expect((await getHealth()).status).toBe(200);
      expect(await authorize({ email: editor.email, password: TEST_PASSWORD })).toMatchObject({ id: editor.id });
      const after = await runAction(() => addSource(editor, "After the outage"));
      expect(after.ok).toBe(true);
      const titles = (await client.source.findMany({ select: { title: true }, orderBy: { createdAt: "asc" } })).map((s) => s.title);
      expect(titles).toEqual(["Before the outage", "After the outage"]);
    });
  });
});
