// Playwright fixtures: users made in the database by factories, and sign-in
// through the auth API (not by clicking the login form in every test).
import { test as base, expect, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import { randomUUID } from "node:crypto";
import { getTestDb } from "./database";

export const E2E_PASSWORD = "e2e-password-123";

export type TestUser = { id: string; email: string; name: string; role: "viewer" | "editor" | "reviewer" | "admin" };

export async function createUser(role: TestUser["role"], name?: string): Promise<TestUser> {
  const db = await getTestDb();
  const suffix = randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      email: `${role}-${suffix}@e2e.factdesk`,
      name: name ?? `${role[0].toUpperCase()}${role.slice(1)} ${suffix}`,
      role,
      passwordHash: await bcrypt.hash(E2E_PASSWORD, 4),
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** Signs `page`'s browser context in as `user` through next-auth's credentials endpoint. */
export async function signIn(page: Page, user: { email: string }, password = E2E_PASSWORD): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password, json: "true" },
  });
  expect(response.ok()).toBeTruthy();
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.includes("next-auth.session-token"))).toBeTruthy();
}

export const test = base;
export { expect };
