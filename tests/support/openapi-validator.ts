// Checks a real Response against the OpenAPI document: its status is described
// for the operation, every required header is there and matches, its content
// type is one described, and a JSON body matches the schema (ajv, JSON Schema
// 2020-12, which OpenAPI 3.1 schemas are).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { buildOpenApiDocument } from "@/lib/openapi/document";

type Operation = { responses: Record<string, { headers?: Record<string, { required?: boolean; schema: object }>; content?: Record<string, { schema: object }> }> };

const document = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };
// strict: false — the document carries OpenAPI keywords (example, openapi, paths…) beside the schemas.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, "openapi");

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

function validate(where: string[], value: unknown): string[] {
  const check = ajv.compile({ $ref: `openapi#/${pointer(...where)}` });
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Problems found (empty when the response is as described). */
export async function checkResponse(path: string, method: string, response: Response): Promise<string[]> {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${path} is not described`];
  const status = String(response.status);
  const described = operation.responses[status];
  if (!described) return [`${method} ${path} answered ${status}, which is not described (${Object.keys(operation.responses).join(", ")})`];
  const problems: string[] = [];
  const base = ["paths", path, method.toLowerCase(), "responses", status];
  for (const [name, header] of Object.entries(described.headers ?? {})) {
    const value = response.headers.get(name);
    if (value === null) {
      if (header.required) problems.push(`header ${name} is missing`);
      continue;
    }
    problems.push(...validate([...base, "headers", name, "schema"], value).map((p) => `header ${name}: ${p}`));
  }
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  const body = await response.clone().arrayBuffer();
  if (!described.content) return body.byteLength === 0 ? problems : [...problems, "a body where none is described"];
  if (!(contentType in described.content)) return [...problems, `content type ${contentType} is not described (${Object.keys(described.content).join(", ")})`];
  const text = new TextDecoder().decode(body);
  const isJson = contentType === "application/json" || contentType.endsWith("+json");
  let value: unknown = text;
  if (isJson) {
    try {
      value = JSON.parse(text);
    } catch {
      return [...problems, "the body is not JSON"];
    }
  }
  if (contentType.includes("openxmlformats")) return problems; // binary: the type is the check
  problems.push(...validate([...base, "content", contentType, "schema"], value));
  return problems;
}

export const DESCRIBED_OPERATIONS: string[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
);
