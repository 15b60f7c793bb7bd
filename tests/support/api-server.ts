// The API's route handlers behind a real HTTP server on loopback, for tests
// that drive the API from another process (the CMS recipe). Only routing is
// done here; each request goes to the route handler Next would call.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { GET as exportRoute } from "@/app/api/articles/[id]/export/route";
import { GET as articleRoute } from "@/app/api/articles/[id]/route";
import { GET as listRoute, POST as postRoute } from "@/app/api/articles/route";

type Handler = (request: Request) => Promise<Response>;

function route(method: string, pathname: string): Handler | null {
  const params = (id: string) => ({ params: Promise.resolve({ id }) });
  if (pathname === "/api/articles") return method === "GET" ? listRoute : method === "POST" ? postRoute : null;
  const exportMatch = /^\/api\/articles\/([^/]+)\/export$/.exec(pathname);
  if (exportMatch && method === "GET") return (request) => exportRoute(request, params(exportMatch[1]));
  const articleMatch = /^\/api\/articles\/([^/]+)$/.exec(pathname);
  if (articleMatch && method === "GET") return (request) => articleRoute(request, params(articleMatch[1]));
  return null;
}

export async function startApiServer() {
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", async () => {
      const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host}`);
      const handler = route(incoming.method ?? "GET", url.pathname);
      if (!handler) return void outgoing.writeHead(404).end();
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
      const body = incoming.method === "GET" ? undefined : Buffer.concat(chunks);
      const response = await handler(new Request(url, { method: incoming.method, headers, body }));
      outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
