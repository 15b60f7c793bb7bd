-- The audit page at volume (docs/decisions/032-audit-page-at-volume.md).
-- A page filtered by person or claim walks one of the two new indexes newest
-- first from the cursor, its bounded count stops after 1,001 entries of it, and
-- the filter options skip-scan it (one probe per distinct person or claim, not
-- one row per event). (articleId, at) had no reader left: every per-article
-- read goes by chain (= the article's id) through (chain, chainSeq), so it only
-- cost every insert one more index to maintain.

-- DropIndex
DROP INDEX "AuditEvent_articleId_at_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_chain_actorId_chainSeq_idx" ON "AuditEvent"("chain", "actorId", "chainSeq");

-- CreateIndex
CREATE INDEX "AuditEvent_chain_claimId_chainSeq_idx" ON "AuditEvent"("chain", "claimId", "chainSeq");
