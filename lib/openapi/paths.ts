// Every API route's description (OpenAPI 3.1 through zod-openapi). The request
// schemas are the ones the routes parse with (lib/schemas); the responses are
// in ./responses.ts. To describe a new route: add its path and methods here
// (the path as in app/api, with [id] written {id}); the route-coverage test
// fails until you do, and the drift test then checks real responses against it.
import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { createArticleSchema } from "@/lib/schemas/article";
import { listArticlesQuerySchema } from "@/lib/schemas/article-list";
import { patchClaimBodySchema } from "@/lib/schemas/claims-api";
import { exportRequestSchema } from "@/lib/schemas/export";
import { announcePresenceSchema } from "@/lib/schemas/presence";
import { EXAMPLE_ARTICLE_ID, EXAMPLE_CLAIM_ID, EXAMPLE_POST_ARTICLE } from "./examples";
import {
  articleForReview, articlePage, auditJsonExport, claimConflict, claimDetail, claimReviewExport, claimView, deskMembers, errorBody, healthBody,
  unreadCount, upsertResult,
} from "./responses";

const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const retryAfter = z.strictObject({ "Retry-After": z.string().regex(/^[0-9]+$/).meta({ description: "Seconds to wait before retrying." }) });

const error = (description: string, headers?: typeof retryAfter) => ({ description, ...json(errorBody), ...(headers ? { headers } : {}) });

/** The answers every authenticated route can give besides its own. */
const COMMON_ERRORS: ZodOpenApiResponsesObject = {
  "401": error("No valid API token or session."),
  "403": error("The caller's role may not do this."),
  "429": error("Over FACTDESK_API_RATE_LIMIT requests this minute.", retryAfter),
  "503": error("The database is unavailable: nothing was done; retry.", retryAfter),
};

const articleIdParam = z.strictObject({ id: z.string().meta({ description: "The article's id.", example: EXAMPLE_ARTICLE_ID }) });

// The CMS sends `url`; the route hands it to the schema as originalUrl.
const postArticleBody = createArticleSchema
  .omit({ originalUrl: true })
  .extend({ url: createArticleSchema.shape.originalUrl.meta({ description: "The article's public web address." }) })
  .meta({ id: "ArticleInput", example: EXAMPLE_POST_ARTICLE });

const idempotencyHeader = z.strictObject({
  "Idempotency-Key": z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/)
    .optional()
    .meta({ description: "Any unique string (a UUID): a retry with the same key and body gets the first response back (`Idempotent-Replayed: true`); with another body, 422. Kept a day." }),
});

const listArticles: ZodOpenApiOperationObject = {
  operationId: "listArticles",
  summary: "List articles for a CMS",
  description: "Oldest activity first, keyset-paginated: follow `nextCursor`. An article changed while you page moves to the end, so polling with `updatedSince` (or the last cursor) sees every change.",
  tags: ["Articles"],
  requestParams: { query: listArticlesQuerySchema },
  responses: { "200": { description: "One page.", ...json(articlePage) }, "422": error("A filter is malformed (fieldErrors name it)."), ...COMMON_ERRORS },
};

const postArticle: ZodOpenApiOperationObject = {
  operationId: "upsertArticle",
  summary: "Push an article (create, or a new revision for a known externalId)",
  tags: ["Articles"],
  requestParams: { header: idempotencyHeader },
  requestBody: { required: true, ...json(postArticleBody) },
  responses: {
    "201": { description: "Created.", ...json(upsertResult) },
    "200": { description: "A new revision of the article with this externalId (or the same text again: isUnchanged).", ...json(upsertResult) },
    "409": error("Changed while saving, or a request with this Idempotency-Key is still running: retry.", retryAfter),
    "413": error("The body is over 2 MB."),
    "422": error("Invalid fields, or an Idempotency-Key reused for another body."),
    ...COMMON_ERRORS,
  },
};

const getArticle: ZodOpenApiOperationObject = {
  operationId: "getArticle",
  summary: "An article, its current revision and its claims",
  tags: ["Articles"],
  requestParams: { path: articleIdParam },
  responses: { "200": { description: "The article.", ...json(articleForReview) }, "404": error("No such article."), ...COMMON_ERRORS },
};

const exportArticle: ZodOpenApiOperationObject = {
  operationId: "exportArticle",
  summary: "Export: corrected copy, tracked changes, reports, ClaimReview, audit trail",
  description: "Until the article is signed off every format says so at the top (ClaimReview: `notice`). "
    + "audit-csv, audit-json, report-csv, report-html and claimreview stream (chunked, no Content-Length): "
    + "a refusal comes as a JSON error before the body; a failure during it cuts the transfer off, so a short file is never a complete answer.",
  tags: ["Articles"],
  requestParams: { path: articleIdParam, query: exportRequestSchema },
  responses: {
    "200": {
      description: "The file.",
      headers: z.strictObject({
        "Factdesk-Audit-Head": z.string().regex(/^[0-9]+ [0-9a-f]{64}$/).meta({ description: "The audit chain head the file was made from: `<seq> <sha256>`." }),
        "Content-Disposition": z.string().meta({ description: "attachment; filename=…" }),
      }),
      content: {
        "text/plain": { schema: z.string() },
        "text/markdown": { schema: z.string() },
        "text/html": { schema: z.string() },
        "text/csv": { schema: z.string() },
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { schema: z.string().meta({ format: "binary" }) },
        "application/ld+json": { schema: claimReviewExport },
        "application/json": { schema: auditJsonExport },
      },
    },
    "404": error("No such article."),
    "409": error("ClaimReview before the article is signed off, or before the desk's public address is set."),
    "422": error("Unknown format or mode."),
    ...COMMON_ERRORS,
  },
};

const health: ZodOpenApiOperationObject = {
  operationId: "health",
  summary: "Whether the database answers (public)",
  tags: ["Operations"],
  security: [],
  responses: { "200": { description: "Up.", ...json(healthBody) }, "503": error("The database is down.", retryAfter) },
};

const openApi: ZodOpenApiOperationObject = {
  operationId: "openApiDocument",
  summary: "This description, as OpenAPI 3.1 JSON (public)",
  tags: ["Operations"],
  security: [],
  responses: { "200": { description: "The document.", content: { "application/json": { schema: z.looseObject({ openapi: z.string() }) } } } },
};

const claimIdParam = z.strictObject({ id: z.string().meta({ description: "The claim's id.", example: EXAMPLE_CLAIM_ID }) });

const getClaim: ZodOpenApiOperationObject = {
  operationId: "getClaim",
  summary: "A claim with its version, sources, comments and history",
  tags: ["Claims"],
  requestParams: { path: claimIdParam },
  responses: { "200": { description: "The claim.", ...json(claimDetail) }, "404": error("No such claim."), ...COMMON_ERRORS },
};

const patchClaim: ZodOpenApiOperationObject = {
  operationId: "patchClaim",
  summary: "Change a claim's verdict, correction, rationale, restated text or assignee",
  description: "All fields sent apply in one transaction, through the same steps as the review page (each audited), or none do. Fields not sent keep their value; null clears one. Verifying a claim with a consistency warning needs `warningOverride`, the reason the warning does not apply.",
  tags: ["Claims"],
  requestParams: { path: claimIdParam, header: idempotencyHeader },
  requestBody: { required: true, ...json(patchClaimBodySchema.meta({ id: "ClaimPatch", example: { version: 3, verdict: "disputed", rationale: "Founded in 1999." } })) },
  responses: {
    "200": { description: "The changed claim.", ...json(claimView) },
    "404": error("No such claim."),
    "409": { description: "`version` is stale: `current` is the claim as it is now. (Or a request with this Idempotency-Key is still running: an error without `current`, and Retry-After.)", ...json(z.union([claimConflict, errorBody])) },
    "413": error("The body is over the size limit."),
    "422": error("Invalid fields, a verdict rule broken, or an Idempotency-Key reused for another body."),
    ...COMMON_ERRORS,
  },
};

const unreadNotifications: ZodOpenApiOperationObject = {
  operationId: "inboxUnreadCount",
  summary: "How many of the caller's own notifications are unread",
  tags: ["Inbox"],
  responses: { "200": { description: "The count.", ...json(unreadCount) }, "401": COMMON_ERRORS["401"], "503": COMMON_ERRORS["503"] },
};

const listDeskMembers: ZodOpenApiOperationObject = {
  operationId: "listDeskMembers",
  summary: "The desk's active editors, reviewers and admins (for @mentions)",
  tags: ["Inbox"],
  responses: { "200": { description: "The members.", ...json(deskMembers) }, "401": COMMON_ERRORS["401"], "403": COMMON_ERRORS["403"], "503": COMMON_ERRORS["503"] },
};

const liveStream: ZodOpenApiOperationObject = {
  operationId: "liveStream",
  summary: "The live desk as Server-Sent Events",
  description: "Events `change` (`id:` the audit id; data: `{id, articleId, claimId, chainSeq, action, entityType, actorId, actorName}`), `presence`, `inbox`, `resync` and `closed`. Reconnect with `Last-Event-ID` (or `?after=<audit id>`) to be sent what was missed.",
  tags: ["Live"],
  requestParams: {
    query: z.strictObject({ after: z.string().regex(/^[0-9]+$/).optional().meta({ description: "The audit id to replay from." }) }),
    header: z.strictObject({ "Last-Event-ID": z.string().optional().meta({ description: "Sent by EventSource on reconnect." }) }),
  },
  responses: {
    "200": { description: "The stream (stays open).", content: { "text/event-stream": { schema: z.string() } } },
    "401": COMMON_ERRORS["401"],
    "403": COMMON_ERRORS["403"],
    "503": COMMON_ERRORS["503"],
  },
};

const announcePresence: ZodOpenApiOperationObject = {
  operationId: "announcePresence",
  summary: "A review page's heartbeat: who has the article open, on which claim",
  description: "Sent every 10 s while the page is open (a viewer counts as present for 25 s after a beat), and with `isHere: false` when it closes (the page sends that with `keepalive`). Heard by every instance as a `presence` event on `/api/live`; the name is the caller's own. Not audited: it changes nothing.",
  tags: ["Live"],
  requestBody: { required: true, ...json(announcePresenceSchema.meta({ id: "PresenceBeat", example: { tabId: "3f0c2a9e-tab", articleId: EXAMPLE_ARTICLE_ID, claimId: EXAMPLE_CLAIM_ID, isEditing: false, isHere: true, seq: 7 } })) },
  responses: {
    "204": { description: "Announced." },
    "404": error("No such article."),
    "413": error("The body is over the size limit."),
    "422": error("Invalid fields (fieldErrors name them)."),
    ...COMMON_ERRORS,
  },
};

const binary = { schema: z.string().meta({ format: "binary" }) };

const getEvidence: ZodOpenApiOperationObject = {
  operationId: "getEvidence",
  summary: "An evidence snapshot's bytes, as a download",
  description: "The type is the one sniffed from the bytes at upload, never the uploader's. Always an attachment, with `nosniff` and a sandbox CSP.",
  tags: ["Sources"],
  requestParams: { path: z.strictObject({ id: z.string().meta({ description: "The evidence snapshot's id." }) }) },
  responses: {
    "200": {
      description: "The file.",
      headers: z.strictObject({
        "Content-Disposition": z.string().regex(/^attachment;/).meta({ description: "attachment; filename=…" }),
        "X-Content-Type-Options": z.literal("nosniff"),
        "Factdesk-Sha256": z.string().regex(/^[0-9a-f]{64}$/).meta({ description: "SHA-256 of the bytes, as recorded at capture." }),
      }),
      content: {
        "application/pdf": binary, "image/png": binary, "image/jpeg": binary, "image/gif": binary, "image/webp": binary,
        "text/html": binary, "text/plain": { schema: z.string() },
      },
    },
    "404": error("No such evidence."),
    ...COMMON_ERRORS,
  },
};

const nextAuth: ZodOpenApiOperationObject = {
  operationId: "nextAuth",
  summary: "Browser sign-in (next-auth): not for API clients",
  description: "next-auth's own endpoints (`csrf`, `session`, `providers`, `signin`, `signout`, `callback/credentials`) behind the sign-in page. API clients use a bearer token instead. `POST /api/auth/callback/credentials` answers 429 with Retry-After while an account or address is locked.",
  tags: ["Operations"],
  security: [],
  requestParams: { path: z.strictObject({ nextauth: z.string().meta({ description: "The next-auth action path." }) }) },
  responses: { "200": { description: "next-auth's answer." }, "302": { description: "A redirect of the sign-in flow." }, "429": error("Sign-in locked.", retryAfter) },
};

export const API_PATHS: ZodOpenApiPathsObject = {
  "/api/articles": { get: listArticles, post: postArticle },
  "/api/articles/{id}": { get: getArticle },
  "/api/articles/{id}/export": { get: exportArticle },
  "/api/claims/{id}": { get: getClaim, patch: patchClaim },
  "/api/inbox/unread-count": { get: unreadNotifications },
  "/api/desk-members": { get: listDeskMembers },
  "/api/live": { get: liveStream },
  "/api/live/presence": { post: announcePresence },
  "/api/evidence/{id}": { get: getEvidence },
  "/api/health": { get: health },
  "/api/openapi.json": { get: openApi },
  "/api/auth/{nextauth}": { get: nextAuth, post: { ...nextAuth, operationId: "nextAuthPost" } },
};
