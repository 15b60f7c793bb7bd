import { expect, test } from "./support/fixtures";

// The JSON API and downloads answer callers with no session and no token with
// 401 and a JSON error — checked against the running server, where the session
// lookup really runs.
test("API routes refuse anonymous callers with a JSON 401", async ({ request }) => {
  const id = "00000000-0000-4000-8000-000000000000";
  for (const response of [
    await request.get(`/api/articles/${id}`),
    await request.get(`/api/articles/${id}/export?format=md`),
    await request.post("/api/articles", { data: { headline: "x", text: "y" } }),
  ]) {
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
  }
});
