-- Live updates (docs/decisions/018-live-updates.md). Every change to an article
-- writes an audit event in its own transaction (changeArticle), so the audit
-- table is the one place a notification can be published from that no use case
-- can forget: PostgreSQL delivers a NOTIFY when, and only when, the transaction
-- that sent it commits. The payload is a pointer, never data (a NOTIFY payload
-- must stay under 8000 bytes): the app looks up what it shows through its own
-- authorized reads. Events on no article (the desk chain: users, tokens,
-- sessions, settings) are not published.
CREATE FUNCTION "audit_event_notify"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."articleId" IS NOT NULL THEN
    PERFORM pg_notify('factdesk_live', json_build_object(
      'id', NEW."id"::text,
      'articleId', NEW."articleId",
      'claimId', NEW."claimId",
      'chainSeq', NEW."chainSeq",
      'action', left(NEW."action", 100),
      'entityType', left(NEW."entityType", 40),
      'actorId', NEW."actorId"
    )::text);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "AuditEvent_notify"
AFTER INSERT ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_notify"();
