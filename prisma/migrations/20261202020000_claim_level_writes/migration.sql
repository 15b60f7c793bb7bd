-- Claim-level writes (docs/decisions/020-claim-level-writes.md).
-- A verdict, an edit or an assignment of one claim now holds its article only
-- FOR KEY SHARE (so writers on different claims of one article run side by
-- side, and a sign-off, which takes the article FOR UPDATE, still excludes them
-- all). The chain trigger could no longer take the article row FOR UPDATE: two
-- key-share holders upgrading would deadlock. Appending to any chain is now
-- serialised by that chain's advisory transaction lock, taken only when the
-- event is inserted, so writers wait for each other from their first audit
-- event to their commit rather than for their whole transaction.
-- Hand-written (Prisma's schema model has no functions or triggers).
CREATE OR REPLACE FUNCTION "audit_event_chain"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  head_seq integer;
  head_hash char(64);
BEGIN
  NEW."chain" := COALESCE(NEW."articleId"::text, 'desk');
  PERFORM pg_advisory_xact_lock(hashtextextended('factdesk:audit-chain:' || NEW."chain", 0));
  -- A fresh snapshot (this function is volatile): sees the head committed by
  -- whoever held the lock before us.
  SELECT "chainSeq", "hash" INTO head_seq, head_hash
    FROM "AuditEvent" WHERE "chain" = NEW."chain"
    ORDER BY "chainSeq" DESC LIMIT 1;
  NEW."chainSeq" := COALESCE(head_seq, 0) + 1;
  NEW."prevHash" := COALESCE(head_hash, repeat('0', 64));
  NEW."contentHash" := "audit_event_content_hash"(NEW);
  NEW."hash" := "audit_event_link_hash"(NEW."prevHash", NEW."contentHash");
  RETURN NEW;
END
$$;
