// `npm run webhook:add -- --url U --events E1,E2`: registers a webhook endpoint
// (the same use case as /admin/webhooks, audited as the system). The signing
// secret goes to standard output alone (SECRET=$(npm run -s webhook:add -- …)),
// once: it is never shown again. Everything else goes to standard error.
import { parseArgs } from "node:util";
import { ensureAuthSecret } from "./lib/auth-secret";
import { dataDir } from "./lib/local-database";
import { finishCli, runWithAppDatabase } from "./lib/run-with-app-database";

const USAGE = "Usage: npm run webhook:add -- --url https://cms.example/factdesk-hook --events article.signed_off,article.sign_off_voided";

async function main(): Promise<void> {
  let values: { url?: string; events?: string };
  try {
    ({ values } = parseArgs({ options: { url: { type: "string" }, events: { type: "string" } } }));
  } catch {
    return fail(USAGE);
  }
  if (!values.url || !values.events) return fail(USAGE);
  const events = values.events.split(",").map((event) => event.trim()).filter(Boolean);
  // The secret is sealed under a key from AUTH_SECRET: the one the app uses.
  process.env.AUTH_SECRET = ensureAuthSecret(dataDir());
  await runWithAppDatabase(async () => {
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const { isAppError } = await import("@/lib/errors");
    const { createWebhookEndpoint } = await import("@/lib/server/webhooks/create-webhook-endpoint");
    try {
      const created = await createWebhookEndpoint({ actor: SYSTEM_ACTOR, input: { url: values.url, events } });
      console.error(`Registered ${created.url} for ${created.events.join(", ")}. Its signing secret is shown only this once: store it now.`);
      console.log(created.secret);
    } catch (error) {
      if (!isAppError(error)) throw error;
      fail(`Could not register the webhook: ${Object.values(error.fieldErrors)[0]?.[0] ?? error.userMessage}`);
    }
  });
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 1;
}

finishCli(main);
