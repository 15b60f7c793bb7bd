// Calling the API's route handlers as a CMS would: a Request with a bearer token.
import { POST as postArticle, GET as listArticles } from "@/app/api/articles/route";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { makeUser } from "./factories";

export async function makeApiToken(role: "viewer" | "editor" | "reviewer" | "admin" = "editor") {
  const admin = await makeUser("admin");
  const user = await makeUser(role);
  return { token: (await createApiToken({ actor: admin, input: { name: `cms-${role}`, userId: user.id } })).token, user };
}

export function postArticleRequest(token: string | null, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request("http://desk.example/api/articles", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export const callPostArticle = (token: string | null, body: unknown, headers: Record<string, string> = {}) =>
  postArticle(postArticleRequest(token, body, headers));

export const callListArticles = (token: string, query: Record<string, string>) =>
  listArticles(
    new Request(`http://desk.example/api/articles?${new URLSearchParams(query)}`, { headers: { authorization: `Bearer ${token}` } }),
  );
