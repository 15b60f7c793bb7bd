// An exhausted pool: transactions wait up to the connect timeout for a
// connection (Prisma maxWait); the ones that still cannot start get UNAVAILABLE
// (503, retryable), never a raw "Unable to start a transaction" 500. With the
// default options, 50 parallel sign-offs on a pool of 10 all go through.
import { afterEach, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/action-result";
import { createDbClient } from "@/lib/db";
import { DEFAULT_DB_OPTIONS } from "@/lib/db-options";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { signOffArticle } from "@/lib/server/sign-offs/sign-off-article";
import { makeArticleReadyForSignOff } from "../support/sign-off-factories";
import { withDbClient } from "../support/throwaway-server";

let client: PrismaClient | undefined;
afterEach(async () => {
  await client?.$disconnect();
  client = undefined;
});

describe("an exhausted pool", () => {
  it("gives the transactions that cannot start in time UNAVAILABLE, and the rest succeed", async () => {
    client = createDbClient(process.env.DATABASE_URL!, { poolSize: 2, connectTimeoutMs: 1_000, statementTimeoutMs: 5_000 });
    const pool = client;
    // Warm up first (query compiler, first connection): only the pool should be the limit.
    await pool.$queryRaw`select 1`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        runAction(() => pool.$transaction(async (tx) => tx.$executeRaw`select pg_sleep(0.6)`)),
      ),
    );
    const failures = results.filter((result) => !result.ok);
    console.info(`pool of 2, 10 parallel transactions: ${results.length - failures.length} succeeded, ${failures.length} UNAVAILABLE`);
    expect(results.filter((result) => result.ok).length).toBeGreaterThan(0);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(failure).toMatchObject({ code: "UNAVAILABLE" });
  });

  it("lets 50 parallel sign-offs through a pool of 10 with the default options", async () => {
    const ready: Awaited<ReturnType<typeof makeArticleReadyForSignOff>>[] = [];
    for (let i = 0; i < 50; i++) ready.push(await makeArticleReadyForSignOff());
    client = createDbClient(process.env.DATABASE_URL!, { ...DEFAULT_DB_OPTIONS, poolSize: 10 });
    const started = Date.now();
    const results = await withDbClient(client, () =>
      Promise.all(
        ready.map(({ reviewer, article, shownSha256 }) =>
          runAction(() => signOffArticle({ actor: reviewer, input: { articleId: article.id, expectedSha256: shownSha256 } })),
        ),
      ),
    );
    console.info(`50 parallel sign-offs on a pool of 10: ${Date.now() - started} ms`);
    expect(results.filter((result) => !result.ok)).toEqual([]);
  });
});
