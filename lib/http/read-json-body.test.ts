import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { readJsonBody } from "./read-json-body";

/** A POST whose body stream fails part-way, as Node's does when the client disconnects. */
function cutOffRequest(error: Error): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"tabId":'));
      controller.error(error);
    },
  });
  return new Request("http://desk.example/api/live/presence", {
    method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half",
  } as RequestInit);
}

describe("readJsonBody", () => {
  it("reads a JSON object", async () => {
    const request = new Request("http://desk.example/x", { method: "POST", headers: { "content-type": "application/json" }, body: '{"a":1}' });
    expect(await readJsonBody(request)).toEqual({ a: 1 });
  });

  it("reports a body cut off by a client that went away as a bad request, not as the database being down", async () => {
    const aborted = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    expect(isDatabaseUnavailable(aborted)).toBe(true); // why the read must say what happened
    const error = await readJsonBody(cutOffRequest(aborted)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "VALIDATION", userMessage: expect.stringContaining("cut off") });
  });

  it("lets any other read failure through as it is", async () => {
    const other = new Error("something else");
    await expect(readJsonBody(cutOffRequest(other))).rejects.toBe(other);
  });
});
