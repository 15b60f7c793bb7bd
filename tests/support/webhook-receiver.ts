// A webhook receiver on loopback for the tests: records every request's
// headers and raw body, and answers with the status `respond` picks.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { headers: http.IncomingHttpHeaders; rawBody: string; answered: number };

export async function startWebhookReceiver(respond: (callNumber: number, rawBody: string) => number = () => 200) {
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const status = respond(received.length + 1, rawBody);
      received.push({ headers: request.headers, rawBody, answered: status });
      response.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "thanks" : "down for maintenance");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/factdesk`,
    received,
    /** The bodies of the deliveries answered 2xx, parsed. */
    accepted: () => received.filter((r) => r.answered < 300).map((r) => JSON.parse(r.rawBody) as Record<string, unknown> & { id: string; event: string }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
