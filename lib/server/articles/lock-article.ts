import "server-only";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/server/authorize";

/** Takes the article's row lock for the rest of the transaction (SELECT … FOR UPDATE). */
export async function lockArticle(tx: Tx, articleId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`select id from "Article" where id = ${articleId}::uuid for update`;
  if (rows.length === 0) throw notFound("The article");
}
