-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('claim_assigned', 'mention', 'article_sent_back', 'sign_off_voided', 'review_requested');

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actorLabel" TEXT NOT NULL,
    "articleId" UUID,
    "claimId" UUID,
    "auditEventId" BIGINT NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_recipientId_createdAt_id_idx" ON "Notification"("recipientId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_idx" ON "Notification"("recipientId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_articleId_idx" ON "Notification"("articleId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here on (Prisma's schema model has no triggers).
-- Every new notification is announced on the `factdesk_inbox` channel with its
-- recipient, in the inserting transaction (NOTIFY is delivered at commit, and
-- not at all on rollback). The live stream forwards it to that user's browsers
-- as an `inbox` event; the badge then refetches the count. The payload names
-- only the recipient: what the notification says is read through the
-- authorized route, never sent on the channel.
CREATE FUNCTION "notification_announce"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('factdesk_inbox', json_build_object('userId', NEW."recipientId")::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Notification_announce"
AFTER INSERT ON "Notification"
FOR EACH ROW EXECUTE FUNCTION "notification_announce"();
