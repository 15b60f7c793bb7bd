// The webhook events and the audit actions they come from (docs/decisions/022).
// The database decides, in "webhook_event_for" (migration 20261202030000_webhooks);
// this copy is for the code and the tests, which keep the two equal.

export const WEBHOOK_EVENTS = [
  "article.signed_off",
  "article.sign_off_voided",
  "article.sent_back",
  "claim.corrected",
  "article.revised",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Audit action → webhook event. `claim.set-verdict` only when the new verdict is "corrected". */
export const WEBHOOK_EVENT_OF_ACTION: Record<string, { event: WebhookEvent; when?: { verdict: string } }> = {
  "article.sign-off": { event: "article.signed_off" },
  "sign-off.void": { event: "article.sign_off_voided" },
  "article.send-back": { event: "article.sent_back" },
  "claim.set-verdict": { event: "claim.corrected", when: { verdict: "corrected" } },
  "article.revise": { event: "article.revised" },
};

export const WEBHOOK_EVENT_DESCRIPTIONS: Record<WebhookEvent, string> = {
  "article.signed_off": "A reviewer signed the article off: it may be published.",
  "article.sign_off_voided": "A change after sign-off voided it: do not publish this version.",
  "article.sent_back": "A reviewer sent the article back to the editors.",
  "claim.corrected": "A claim was marked corrected (the body names the claim).",
  "article.revised": "A new revision of the text was saved.",
};

/** The JSON body of every delivery. */
export type WebhookBody = {
  event: WebhookEvent;
  id: string;
  occurredAt: string;
  article: { id: string; externalId: string | null; state: "in_review" | "signed_off" | "sent_back"; revision: number | null };
  claim?: { id: string };
};
