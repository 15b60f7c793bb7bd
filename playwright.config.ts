import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

// E2E runs against a production build served by `npm start` itself
// (scripts/e2e-server.ts) on a fresh embedded database.
const port = Number(process.env.E2E_PORT ?? 3107);
// A second instance on the same data folder (and build): the live-desk specs
// edit through one and watch in a browser on the other (README, "More than one instance").
const secondPort = Number(process.env.E2E_SECOND_PORT ?? port + 1);
process.env.E2E_SECOND_PORT = String(secondPort);
process.env.FACTDESK_DATA_DIR ??= path.resolve(".test-data/e2e");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: ".test-data/playwright-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: fs.existsSync(chromium) ? chromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The outage spec stops the database under the app: it runs alone, after
  // every other spec has finished (a project that depends on the first).
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /database-outage\.spec\.ts/ },
    { name: "outage", use: { ...devices["Desktop Chrome"] }, testMatch: /database-outage\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: [
    {
      command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
      url: `http://localhost:${port}/login`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "ignore",
      // FACTDESK_WEBHOOKS_ALLOW_PRIVATE: e2e/webhooks.spec.ts receives the app's webhooks on loopback.
      env: { PORT: String(port), FACTDESK_DATA_DIR: process.env.FACTDESK_DATA_DIR, NEXT_TELEMETRY_DISABLED: "1", FACTDESK_WEBHOOKS_ALLOW_PRIVATE: "1" },
    },
    {
      command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
      url: `http://localhost:${secondPort}/login`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "ignore",
      env: {
        PORT: String(secondPort),
        E2E_JOIN_URL: `http://localhost:${port}/login`,
        FACTDESK_DATA_DIR: process.env.FACTDESK_DATA_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        FACTDESK_WEBHOOKS_ALLOW_PRIVATE: "1",
      },
    },
  ],
});
