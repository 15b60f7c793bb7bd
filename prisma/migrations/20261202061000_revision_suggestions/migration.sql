-- CreateTable
CREATE TABLE "RevisionSuggestions" (
    "revisionId" UUID NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "suggestions" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevisionSuggestions_pkey" PRIMARY KEY ("revisionId","modelVersion")
);

-- AddForeignKey
ALTER TABLE "RevisionSuggestions" ADD CONSTRAINT "RevisionSuggestions_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
