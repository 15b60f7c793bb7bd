// Test data made straight in the database (fast), for the use cases under test.
import bcrypt from "bcryptjs";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/domain/capabilities";
import { sha256Hex } from "@/lib/domain/hashing";

export const TEST_PASSWORD = "correct horse battery";
// Hashed once per file: bcrypt is slow on purpose.
let passwordHash: string | null = null;

export async function makeUser(role: Role, overrides: { email?: string; name?: string } = {}): Promise<Actor> {
  passwordHash ??= await bcrypt.hash(TEST_PASSWORD, 4);
  const suffix = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `${role}-${suffix}@test.factdesk`,
      name: overrides.name ?? `${role} ${suffix}`,
      role,
      passwordHash,
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

export const DEFAULT_TEXT =
  "The French government, which owns a majority 15% of Renault, blocked a vote.\n\nNissan refused to study the merger.";

export async function makeArticle(author: Actor, text = DEFAULT_TEXT) {
  const article = await db.article.create({
    data: { slug: `test-${randomUUID()}`, headline: "Test article", createdById: author.id },
  });
  const revision = await db.articleRevision.create({
    data: { articleId: article.id, number: 1, text, sha256: sha256Hex(text), createdById: author.id },
  });
  await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  return { ...article, revision };
}

export async function countAuditEvents(where: { entityId?: string; articleId?: string; action?: string } = {}) {
  return db.auditEvent.count({ where });
}
