-- CreateIndex
CREATE INDEX "Claim_restated_trgm_idx" ON "Claim" USING GIN ("restated" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_exact_trgm_idx" ON "Claim" USING GIN ("exact" gin_trgm_ops);
