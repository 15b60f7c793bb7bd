-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('file', 'excerpt');

-- AlterTable
ALTER TABLE "Source" ALTER COLUMN "kind" DROP DEFAULT;

-- CreateTable
CREATE TABLE "EvidenceSnapshot" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "fileName" TEXT,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "capturedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceSnapshot_sourceId_capturedAt_idx" ON "EvidenceSnapshot"("sourceId", "capturedAt");

-- AddForeignKey
ALTER TABLE "EvidenceSnapshot" ADD CONSTRAINT "EvidenceSnapshot_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceSnapshot" ADD CONSTRAINT "EvidenceSnapshot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
