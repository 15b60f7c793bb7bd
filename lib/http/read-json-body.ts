import "server-only";
import { AppError } from "@/lib/errors";

// The longest article (200,000 characters) is at most 1.2 MB of JSON even if
// every character is escaped as \uXXXX; 2 MB leaves room for the other fields.
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", {
    userMessage: `The request is over ${MAX_JSON_BODY_BYTES / (1024 * 1024)} MB; send a shorter article.`,
    fieldErrors: { _form: ["The request body is too large."] },
  });

const notAnObject = () =>
  new AppError("VALIDATION", { userMessage: "Send a JSON object as the request body.", fieldErrors: { _form: ["Not a JSON object."] } });

/**
 * A route handler's JSON object body, read at most MAX_JSON_BODY_BYTES far: the
 * Content-Length header can be absent or wrong, so the bytes are counted.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  // JSON only: a cross-site form cannot send application/json without CORS approval.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError("VALIDATION", { userMessage: "Send JSON with Content-Type: application/json.", fieldErrors: { _form: ["Not JSON."] } });
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BODY_BYTES) throw tooLarge();
  const text = await readTextAtMost(request, MAX_JSON_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw notAnObject();
  }
  if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
  throw notAnObject();
}

async function readTextAtMost(request: Request, limit: number): Promise<string> {
  const bytes = await readBytesAtMost(request, limit);
  if (bytes === null) throw tooLarge();
  // fatal: bytes that are not UTF-8 are not JSON, rather than quietly U+FFFD.
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notAnObject();
  }
}

// A client that disconnects mid-body makes Node fail the read with "aborted"
// (code ECONNRESET). That code also means a broken database socket, so left as
// it is the request would be reported as "the database is unavailable".
const cutOff = () =>
  new AppError("VALIDATION", { userMessage: "The request was cut off before its body arrived: send it again.", fieldErrors: { _form: ["The body was cut off."] } });

function isClientGone(request: Request, error: unknown): boolean {
  return request.signal.aborted || (error instanceof Error && error.message === "aborted");
}

/** The raw body, or null when it is over `limit` bytes (reading stops there). */
export async function readBytesAtMost(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      throw isClientGone(request, error) ? cutOff() : error;
    });
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
