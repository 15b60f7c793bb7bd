// What the API answers, as zod schemas, for the OpenAPI description. Output
// only (nothing parses these at run time): the drift test
// (tests/integration/openapi-drift.test.ts) validates every real response
// against the document built from them, so they cannot fall behind the code.
import { z } from "zod";
import { ARTICLE_STATES } from "@/lib/schemas/article-list";
import { EXPORT_FORMATS } from "@/lib/schemas/export";
import { VERDICTS } from "@/lib/domain/verdicts";
import { WEBHOOK_EVENTS } from "@/lib/domain/webhooks/webhook-events";
import { EXAMPLE_CLAIM, EXAMPLE_CREATED, EXAMPLE_LIST_ITEM, EXAMPLE_WEBHOOK_BODY } from "./examples";

const uuid = z.uuid();
const dateTime = z.iso.datetime({ offset: true });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const state = z.enum(ARTICLE_STATES);

export const errorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION", "RULE_VIOLATION", "RATE_LIMITED", "PAYLOAD_TOO_LARGE", "UNAVAILABLE", "INTERNAL"]),
      message: z.string().meta({ description: "One sentence for a person." }),
      fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Messages per field path, e.g. `headline`." }),
    }),
  })
  .meta({ id: "Error", example: { error: { code: "VALIDATION", message: "Some fields need attention.", fieldErrors: { headline: ["Enter the headline."] } } } });

export const healthBody = z.strictObject({ status: z.literal("ok") }).meta({ id: "Health" });

const progress = z.strictObject({
  pending: z.int(), verified: z.int(), disputed: z.int(), corrected: z.int(),
  total: z.int(), orphaned: z.int().meta({ description: "Claims whose words left the text (counted in their verdict too)." }),
});

export const articleListItem = z
  .strictObject({
    id: uuid,
    externalId: z.string().nullable(),
    slug: z.string(),
    headline: z.string(),
    state,
    revision: z.int().meta({ description: "The current revision's number." }),
    lastActivityAt: dateTime.meta({ description: "The last change of any kind; the listing's order and `updatedSince`." }),
    signOff: z
      .strictObject({
        reviewer: z.strictObject({ id: uuid, name: z.string(), email: z.string() }),
        signedOffAt: dateTime,
        revision: z.int(),
        sha256: sha256.meta({ description: "SHA-256 over the revision text and every claim's state at sign-off." }),
      })
      .nullable()
      .meta({ description: "The standing sign-off; null unless the article is signed off." }),
    progress,
  })
  .meta({ id: "ArticleListItem", example: EXAMPLE_LIST_ITEM });

export const articlePage = z
  .strictObject({
    articles: z.array(articleListItem),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "ArticlePage" });

const anchoringOutcome = z.strictObject({
  claimId: uuid,
  exact: z.string(),
  status: z.enum(["unchanged", "moved", "changed", "orphaned"]),
  newExact: z.string().optional(),
  reason: z.string().optional(),
});

export const upsertResult = z
  .union([
    z.strictObject({ isCreated: z.literal(true), articleId: uuid, revisionNumber: z.literal(1) }),
    z.strictObject({
      isCreated: z.literal(false), articleId: uuid, revisionNumber: z.int(), isUnchanged: z.boolean(),
      outcomes: z.array(anchoringOutcome).meta({ description: "What happened to each claim in the new revision." }),
    }),
  ])
  .meta({ id: "UpsertResult", example: EXAMPLE_CREATED });

export const articleForReview = z
  .strictObject({
    id: uuid, slug: z.string(), headline: z.string(), byline: z.string().nullable(), publication: z.string().nullable(),
    originalUrl: z.string().nullable(), publishedAt: dateTime.nullable(), state, version: z.int(),
    revision: z.strictObject({ id: uuid, number: z.int(), text: z.string(), sha256, createdAt: dateTime }),
    claims: z.array(
      z.strictObject({
        id: uuid, exact: z.string(), start: z.int(), end: z.int(), restated: z.string(), verdict: z.enum(VERDICTS),
        correction: z.string().nullable(), rationale: z.string().nullable(), isOrphaned: z.boolean(), version: z.int(),
        updatedAt: dateTime, assignee: z.strictObject({ id: uuid, name: z.string() }).nullable(),
      }).meta({ example: EXAMPLE_CLAIM }),
    ),
  })
  .meta({ id: "Article" });

export const claimReviewExport = z
  .looseObject({
    "@context": z.literal("https://schema.org"),
    "@graph": z.array(z.looseObject({ "@type": z.literal("ClaimReview"), url: z.string(), claimReviewed: z.string() })).meta({ description: "schema.org ClaimReview JSON-LD, one per checked claim, each `url` on the desk's public fact-check address." }),
  })
  .meta({ id: "ClaimReviewExport", description: "Ready to paste into the published page. Only for a signed-off article on a desk whose public addresses are set (409 otherwise)." });

export const auditJsonExport = z.looseObject({ notice: z.string().nullable() }).meta({ id: "AuditJsonExport", description: "The article's whole audit chain with a seal (see README)." });

export const webhookBody = z
  .strictObject({
    event: z.enum(WEBHOOK_EVENTS),
    id: uuid.meta({ description: "The delivery's id: the same on retries and redelivery; dedupe on it." }),
    occurredAt: dateTime,
    article: z.strictObject({ id: uuid, externalId: z.string().nullable(), state, revision: z.int().nullable() }),
    claim: z.strictObject({ id: uuid }).optional().meta({ description: "On claim.corrected." }),
  })
  .meta({ id: "WebhookBody", example: EXAMPLE_WEBHOOK_BODY });

const person = z.strictObject({ id: uuid, name: z.string() });

/** The claim fields every claim answer carries (lib/server/claims/claim-view.ts). */
const claimFields = {
  id: uuid, articleId: uuid, exact: z.string(), start: z.int(), end: z.int(), restated: z.string(),
  verdict: z.enum(VERDICTS), correction: z.string().nullable(), rationale: z.string().nullable(),
  assigneeId: uuid.nullable(), isOrphaned: z.boolean(),
  version: z.int().meta({ description: "Send it back with a PATCH: a stale version answers 409." }),
  updatedAt: dateTime,
};

export const claimView = z.strictObject(claimFields).meta({ id: "Claim" });

export const claimDetail = z
  .strictObject({
    ...claimFields,
    assignee: person.nullable(),
    verdictSetBy: person.nullable(),
    verdictSetAt: dateTime.nullable(),
    sources: z.array(
      z.looseObject({
        id: uuid, excerpt: z.string(), stance: z.enum(["supports", "contradicts", "context"]),
        source: z.looseObject({ id: uuid, url: z.string(), title: z.string(), publisher: z.string(), kind: z.string() }),
      }),
    ),
    comments: z.array(z.looseObject({ id: uuid, body: z.string(), createdAt: dateTime, author: person, resolvedAt: dateTime.nullable() })),
    history: z
      .array(z.looseObject({ id: z.string(), at: dateTime, actorLabel: z.string(), actorName: z.string().nullable(), action: z.string() }))
      .meta({ description: "The claim's audit events, oldest first." }),
  })
  .meta({ id: "ClaimDetail" });

export const claimConflict = z
  .strictObject({ error: errorBody.shape.error, current: claimView.meta({ description: "The claim as it is now: re-apply your change to it." }) })
  .meta({ id: "ClaimConflict" });

export const unreadCount = z.strictObject({ unread: z.int().min(0) }).meta({ id: "UnreadCount" });

export const deskMembers = z.strictObject({ members: z.array(person) }).meta({ id: "DeskMembers" });

export { EXPORT_FORMATS };
