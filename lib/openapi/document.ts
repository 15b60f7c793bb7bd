// The OpenAPI 3.1 document of the API, built once per process from ./paths.ts.
import { createDocument, type ZodOpenApiObject } from "zod-openapi";
import { WEBHOOK_EVENT_DESCRIPTIONS } from "@/lib/domain/webhooks/webhook-events";
import { API_PATHS } from "./paths";
import { webhookBody } from "./responses";

let cached: ReturnType<typeof createDocument> | undefined;

export function buildOpenApiDocument(): ReturnType<typeof createDocument> {
  const webhookEvents = Object.entries(WEBHOOK_EVENT_DESCRIPTIONS).map(([event, text]) => `\`${event}\`: ${text}`).join("\n- ");
  const document: ZodOpenApiObject = {
    openapi: "3.1.0",
    info: {
      title: "factdesk API",
      version: "1",
      description: "The fact-check desk's API for a CMS. Authenticate with `Authorization: Bearer fdk_…` (an API token; admins make them at /admin/tokens) or a browser session. Errors are JSON with a 4xx status, or 503 with Retry-After while the database is unavailable.",
    },
    security: [{ bearerToken: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token (fdk_…)." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "A signed-in browser." },
      },
    },
    paths: API_PATHS,
    webhooks: {
      articleEvent: {
        post: {
          operationId: "webhookDelivery",
          summary: "What the desk POSTs to a registered endpoint",
          description: `Signed with \`Factdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">\` and the endpoint's secret. Answer 2xx within 10 s; anything else is retried with backoff for a day. Events:\n- ${webhookEvents}`,
          requestBody: { content: { "application/json": { schema: webhookBody } } },
          responses: { "200": { description: "Received." } },
        },
      },
    },
  };
  cached ??= createDocument(document, {
    // Dates: the API sends and takes ISO 8601 text.
    override: ({ jsonSchema, zodSchema }) => {
      if (zodSchema._zod.def.type === "date") {
        jsonSchema.type = "string";
        jsonSchema.format = "date-time";
      }
    },
  });
  return cached;
}
