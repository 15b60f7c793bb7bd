-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('pending', 'delivered', 'failed');

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" CHAR(64) NOT NULL,
    "status" INTEGER,
    "headers" JSONB,
    "body" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("scope","key")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "events" TEXT[],
    "sealedSecret" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" BIGSERIAL NOT NULL,
    "eventId" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "articleId" UUID NOT NULL,
    "auditEventId" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" BIGSERIAL NOT NULL,
    "deliveryId" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusCode" INTEGER,
    "latencyMs" INTEGER NOT NULL,
    "responseExcerpt" TEXT NOT NULL DEFAULT '',
    "error" TEXT,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_articleId_id_idx" ON "WebhookDelivery"("endpointId", "articleId", "id");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_id_idx" ON "WebhookDelivery"("endpointId", "id");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_at_idx" ON "WebhookAttempt"("deliveryId", "at");

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the webhook outbox is filled by the database (docs/decisions/022).
-- Every change records its audit event in its own transaction, so an AFTER INSERT
-- trigger on "AuditEvent" writes the deliveries in that same transaction: no use
-- case can change an article without its webhooks, or send one for a change that
-- rolled back.

-- Which webhook event an audit action is; NULL when none. Kept equal to
-- lib/domain/webhooks/webhook-events.ts by tests/integration/webhook-outbox.test.ts.
CREATE FUNCTION "webhook_event_for"(action text, after jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE action
    WHEN 'article.sign-off' THEN 'article.signed_off'
    WHEN 'sign-off.void' THEN 'article.sign_off_voided'
    WHEN 'article.send-back' THEN 'article.sent_back'
    WHEN 'article.revise' THEN 'article.revised'
    WHEN 'claim.set-verdict' THEN CASE WHEN after->>'verdict' = 'corrected' THEN 'claim.corrected' END
  END
$$;

-- One delivery per subscribed endpoint, carrying the article as it is at this
-- point of the transaction (state and current revision after the change).
CREATE FUNCTION "audit_event_to_webhook_outbox"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  webhook_event text := "webhook_event_for"(NEW."action", NEW."after");
  art record;
BEGIN
  IF webhook_event IS NULL OR NEW."articleId" IS NULL THEN RETURN NULL; END IF;
  IF NOT EXISTS (SELECT 1 FROM "WebhookEndpoint" WHERE webhook_event = ANY("events")) THEN RETURN NULL; END IF;
  SELECT a."id", a."externalId", a."state"::text AS "state", r."number" AS "revision" INTO art
    FROM "Article" a LEFT JOIN "ArticleRevision" r ON r."id" = a."currentRevisionId"
   WHERE a."id" = NEW."articleId";
  IF NOT FOUND THEN RETURN NULL; END IF;
  INSERT INTO "WebhookDelivery" ("eventId", "endpointId", "event", "articleId", "auditEventId", "payload")
  SELECT d."eventId", d."endpointId", webhook_event, NEW."articleId", NEW."id",
         jsonb_build_object(
           'event', webhook_event,
           'id', d."eventId",
           'occurredAt', to_char(NEW."at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'article', jsonb_build_object('id', art."id", 'externalId', art."externalId", 'state', art."state", 'revision', art."revision")
         ) || CASE WHEN NEW."claimId" IS NULL THEN '{}'::jsonb
                   ELSE jsonb_build_object('claim', jsonb_build_object('id', NEW."claimId")) END
    FROM (SELECT gen_random_uuid() AS "eventId", e."id" AS "endpointId"
            FROM "WebhookEndpoint" e WHERE webhook_event = ANY(e."events") ORDER BY e."id") d;
  RETURN NULL;
END
$$;

CREATE TRIGGER "AuditEvent_webhook_outbox"
AFTER INSERT ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_to_webhook_outbox"();
