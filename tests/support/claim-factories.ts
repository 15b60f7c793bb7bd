// Claims, sources, citations and comments made straight in the database, so a
// test's setup neither depends on the use cases under test nor writes audit rows.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createAnchor } from "@/lib/domain/anchoring/create-anchor";
import type { Actor } from "@/lib/domain/capabilities";
import type { Verdict } from "@/lib/domain/verdicts";
import { makeArticle } from "./factories";

type TestArticle = Awaited<ReturnType<typeof makeArticle>>;

export type ClaimOverrides = {
  quote?: string;
  verdict?: Verdict;
  correction?: string | null;
  rationale?: string | null;
  assigneeId?: string | null;
};

/** A claim on the first occurrence of `quote` (default: the article's first sentence). */
export async function makeClaim(author: Actor, article: TestArticle, overrides: ClaimOverrides = {}) {
  const text = article.revision.text;
  const quote = overrides.quote ?? text.slice(0, text.indexOf(".") + 1);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the article.`);
  const anchor = createAnchor(text, start, start + quote.length);
  const verdict = overrides.verdict ?? "pending";
  return db.claim.create({
    data: {
      articleId: article.id,
      revisionId: article.revision.id,
      ...anchor,
      restated: anchor.exact,
      verdict,
      correction: overrides.correction ?? null,
      rationale: overrides.rationale ?? null,
      assigneeId: overrides.assigneeId ?? null,
      verdictSetById: verdict === "pending" ? null : author.id,
      verdictSetAt: verdict === "pending" ? null : new Date(),
      createdById: author.id,
    },
  });
}

export async function makeSource(author: Actor, overrides: { url?: string; title?: string } = {}) {
  const suffix = randomUUID().slice(0, 8);
  return db.source.create({
    data: {
      url: overrides.url ?? `https://example.org/${suffix}`,
      title: overrides.title ?? `Source ${suffix}`,
      publisher: "Example Publisher",
      kind: "primary_document",
      accessedAt: new Date("2024-01-02T03:04:05Z"),
      createdById: author.id,
    },
  });
}

export async function makeCitation(author: Actor, claimId: string, sourceId: string) {
  return db.claimSource.create({
    data: { claimId, sourceId, excerpt: "the excerpt that matters", stance: "supports", createdById: author.id },
  });
}

export async function makeComment(author: Actor, claimId: string, body = "Check the annual report.") {
  return db.comment.create({ data: { claimId, authorId: author.id, body } });
}

/** An article with one pending claim, the usual starting point of a claim test. */
export async function makeArticleWithClaim(author: Actor, overrides: ClaimOverrides = {}) {
  const article = await makeArticle(author);
  const claim = await makeClaim(author, article, overrides);
  return { article, claim };
}

/** A claim that cites one source, with the citation. */
export async function makeSourcedClaim(author: Actor, overrides: ClaimOverrides = {}) {
  const { article, claim } = await makeArticleWithClaim(author, overrides);
  const source = await makeSource(author);
  const citation = await makeCitation(author, claim.id, source.id);
  return { article, claim, source, citation };
}

export async function readClaim(claimId: string) {
  return db.claim.findUnique({ where: { id: claimId } });
}
