-- DropIndex
DROP INDEX "Source_createdAt_idx";

-- CreateIndex
CREATE INDEX "Claim_updatedAt_id_idx" ON "Claim"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_updatedAt_id_idx" ON "Claim"("assigneeId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Source_createdAt_id_idx" ON "Source"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Source_url_trgm_idx" ON "Source" USING GIN ("url" gin_trgm_ops);

-- Hand-written from here on: full-text search indexes on expressions, which
-- Prisma's schema cannot describe and its diff leaves alone (the migrations
-- test would fail otherwise). The expressions must stay identical, character
-- for character, to the ones in lib/server/search/search-sql.ts, or PostgreSQL
-- will not use these indexes (tests/integration/search-plans.test.ts checks).
-- 'english' stems words (councils -> council) and drops stop words.
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (
  (setweight(to_tsvector('english'::regconfig, "restated"), 'A') || setweight(to_tsvector('english'::regconfig, "exact"), 'B'))
);

CREATE INDEX "Source_search_idx" ON "Source" USING GIN (
  (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "publisher"), 'B'))
);
