-- DropIndex
DROP INDEX "Article_lastActivityAt_idx";

-- DropIndex
DROP INDEX "Article_state_lastActivityAt_idx";

-- CreateIndex
CREATE INDEX "Article_lastActivityAt_id_idx" ON "Article"("lastActivityAt", "id");

-- CreateIndex
CREATE INDEX "Article_state_lastActivityAt_id_idx" ON "Article"("state", "lastActivityAt", "id");
