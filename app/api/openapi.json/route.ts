import { buildOpenApiDocument } from "@/lib/openapi/document";

// GET /api/openapi.json — the API's OpenAPI 3.1 description (public: it holds no data).
export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "no-store" } });
}
