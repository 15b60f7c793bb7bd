-- A hash chain over the audit trail (docs/decisions/012-audit-hash-chain.md).
-- Each article's events form one chain, events on no article the "desk" chain.
-- Every event carries its place in its chain, the SHA-256 of its canonical
-- content and the chain hash linking it to the event before it.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chain" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "chainSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "contentHash" CHAR(64) NOT NULL DEFAULT '',
ADD COLUMN     "hash" CHAR(64) NOT NULL DEFAULT '',
ADD COLUMN     "prevHash" CHAR(64) NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "SignOff" ADD COLUMN     "auditChainHash" CHAR(64),
ADD COLUMN     "auditChainSeq" INTEGER;

-- Hand-written from here on (Prisma's schema model has no functions or triggers).

-- The canonical content of an event: a JSON array in a fixed field order,
-- printed by PostgreSQL's own jsonb output (keys sorted, fixed spacing), which
-- lib/domain/audit-chain/jsonb-text.ts reproduces for offline verification.
-- The first element names the format, so a future format never collides.
CREATE FUNCTION "audit_event_canonical"(e "AuditEvent") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    'factdesk-audit-v1',
    e."chain",
    e."chainSeq",
    e."id"::text,
    to_char(e."at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    e."actorId"::text,
    e."actorLabel",
    e."action",
    e."entityType",
    e."entityId",
    e."articleId"::text,
    e."claimId"::text,
    e."before",
    e."after",
    e."reason"
  )::text
$$;

-- RFC 6962-style domain separation: 0x00 before an event's content, 0x01
-- before the (previous hash, content hash) pair, so neither can pass for the other.
CREATE FUNCTION "audit_event_content_hash"(e "AuditEvent") RETURNS char(64)
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256('\x00'::bytea || convert_to("audit_event_canonical"(e), 'UTF8')), 'hex')
$$;

CREATE FUNCTION "audit_event_link_hash"(prev_hash char(64), content_hash char(64)) RETURNS char(64)
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256('\x01'::bytea || decode(prev_hash, 'hex') || decode(content_hash, 'hex')), 'hex')
$$;

-- Chain the events already there, oldest first, with the same functions.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete";
DO $$
DECLARE
  e "AuditEvent";
  heads jsonb := '{}';
  key text;
  seq integer;
  prev char(64);
BEGIN
  FOR e IN SELECT * FROM "AuditEvent" ORDER BY "id" LOOP
    key := COALESCE(e."articleId"::text, 'desk');
    seq := COALESCE((heads -> key ->> 'seq')::integer, 0) + 1;
    prev := COALESCE(heads -> key ->> 'hash', repeat('0', 64));
    e."chain" := key;
    e."chainSeq" := seq;
    e."prevHash" := prev;
    e."contentHash" := "audit_event_content_hash"(e);
    e."hash" := "audit_event_link_hash"(prev, e."contentHash");
    UPDATE "AuditEvent"
       SET "chain" = e."chain", "chainSeq" = e."chainSeq", "prevHash" = e."prevHash",
           "contentHash" = e."contentHash", "hash" = e."hash"
     WHERE "id" = e."id";
    heads := jsonb_set(heads, ARRAY[key], jsonb_build_object('seq', seq, 'hash', e."hash"));
  END LOOP;
END
$$;
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_or_delete";

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chain_chainSeq_key" ON "AuditEvent"("chain", "chainSeq");

-- Every insert is chained here, whatever sent it: the five chain columns are
-- computed, never taken from the insert. Appending to a chain is serialised by
-- the article's row lock (the lock every article change already takes, so the
-- lock order stays article first), and the desk chain by an advisory lock:
-- events on different articles never wait for each other.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  head_seq integer;
  head_hash char(64);
BEGIN
  IF NEW."articleId" IS NULL THEN
    NEW."chain" := 'desk';
    PERFORM pg_advisory_xact_lock(hashtextextended('factdesk:audit-chain:desk', 0));
  ELSE
    NEW."chain" := NEW."articleId"::text;
    PERFORM 1 FROM "Article" WHERE "id" = NEW."articleId" FOR UPDATE;
    IF NOT FOUND THEN
      PERFORM pg_advisory_xact_lock(hashtextextended('factdesk:audit-chain:' || NEW."chain", 0));
    END IF;
  END IF;
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

CREATE TRIGGER "AuditEvent_chain"
BEFORE INSERT ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();
