-- Hand-written: Prisma's schema model has no triggers (schema.prisma is unchanged).
-- The sign-off hash now covers the article's details (headline, byline,
-- publication, original URL, publish date; lib/domain/sign-off/sign-off-hash.ts
-- v2), so the guard of 20261201200000_sign_off_guard watches those columns too:
-- editing them under a standing sign-off without changeArticle fails at commit.
DROP TRIGGER "Article_change_needs_void" ON "Article";

CREATE OR REPLACE FUNCTION "current_revision_change_needs_void"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refuse_change_under_standing_sign_off"(NEW.id, 'the article (its text or details)');
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Article_change_needs_void"
AFTER UPDATE OF "currentRevisionId", "headline", "byline", "publication", "originalUrl", "publishedAt"
ON "Article" DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION "current_revision_change_needs_void"();
