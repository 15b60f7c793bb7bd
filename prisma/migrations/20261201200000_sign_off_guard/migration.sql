-- Hand-written: Prisma's schema model has no triggers, so its diff neither
-- generates nor removes what follows (schema.prisma is unchanged).

-- A standing sign-off covers the revision text and every claim's state (see
-- lib/domain/sign-off/sign-off-hash.ts). The app voids it through one path,
-- changeArticle; this guard makes skipping that path fail loudly instead of
-- leaving a stale approval. Each write to a covered column queues a check that
-- runs at COMMIT (deferred), when the path has already voided the sign-off: if
-- the article still has a standing sign-off made by an EARLIER transaction, the
-- commit is refused. A sign-off made in this same transaction was computed after
-- the change, so it covers it (xmin is the id of the transaction that wrote the row).
CREATE FUNCTION "refuse_change_under_standing_sign_off"(changed_article uuid, what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF changed_article IS NULL THEN
    RETURN;
  END IF;
  -- Wait for a sign-off in progress (it holds the article FOR UPDATE from before
  -- it reads what it hashes): otherwise it could read the state without this
  -- change, commit after this check, and approve a state that is gone. The check
  -- below is a new statement, so it sees that sign-off once it has committed. A
  -- writer on the path already holds the article lock; this costs it nothing.
  PERFORM 1 FROM "Article" a WHERE a.id = changed_article FOR KEY SHARE;
  IF EXISTS (
    SELECT 1 FROM "SignOff" s
    WHERE s."articleId" = changed_article
      AND s.decision = 'signed_off'
      AND s."voidedAt" IS NULL
      AND s.xmin::text::bigint <> (pg_current_xact_id()::text::bigint % 4294967296)
  ) THEN
    RAISE EXCEPTION 'article % has a standing sign-off, and % changed without voiding it (write through changeArticle)', changed_article, what
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
END
$$;

CREATE FUNCTION "claim_change_needs_void"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "refuse_change_under_standing_sign_off"(OLD."articleId", 'a claim');
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "refuse_change_under_standing_sign_off"(NEW."articleId", 'a claim');
  END IF;
  RETURN NULL;
END
$$;

-- A citation's article is its claim's; when the claim itself was deleted (the
-- cascade), the claim's own trigger has already checked that article.
CREATE FUNCTION "claim_source_change_needs_void"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "refuse_change_under_standing_sign_off"((SELECT c."articleId" FROM "Claim" c WHERE c.id = OLD."claimId"), 'a cited source');
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "refuse_change_under_standing_sign_off"((SELECT c."articleId" FROM "Claim" c WHERE c.id = NEW."claimId"), 'a cited source');
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "revision_text_change_needs_void"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refuse_change_under_standing_sign_off"(NEW."articleId", 'the text');
  RETURN NULL;
END
$$;

CREATE FUNCTION "current_revision_change_needs_void"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refuse_change_under_standing_sign_off"(NEW.id, 'the current revision');
  RETURN NULL;
END
$$;

-- Only the columns the hash covers: an assignee, a dispute acknowledgement or
-- the activity time alone is not what a sign-off approved. ("version" is hashed,
-- so any write that bumps a claim's version counts, as in the app.)
CREATE CONSTRAINT TRIGGER "Claim_change_needs_void"
AFTER INSERT OR DELETE OR UPDATE OF "articleId", "start", "end", "exact", "restated", "verdict", "correction", "rationale", "isOrphaned", "version"
ON "Claim" DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION "claim_change_needs_void"();

CREATE CONSTRAINT TRIGGER "ClaimSource_change_needs_void"
AFTER INSERT OR DELETE OR UPDATE OF "claimId", "sourceId", "stance"
ON "ClaimSource" DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION "claim_source_change_needs_void"();

-- Revisions are never updated (a save makes a new one); should one be, its text is covered.
CREATE CONSTRAINT TRIGGER "ArticleRevision_change_needs_void"
AFTER UPDATE OF "text"
ON "ArticleRevision" DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION "revision_text_change_needs_void"();

CREATE CONSTRAINT TRIGGER "Article_change_needs_void"
AFTER UPDATE OF "currentRevisionId"
ON "Article" DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION "current_revision_change_needs_void"();
