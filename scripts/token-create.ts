// `npm run token:create -- --email E --name N`: makes an API token acting as the
// user with that email, for setting up a CMS by script. The token goes to
// standard output alone (TOKEN=$(npm run -s token:create -- …)), once: only its
// hash is stored. Everything else goes to standard error.
import { parseArgs } from "node:util";
import { finishCli, runWithAppDatabase } from "./lib/run-with-app-database";

const USAGE = 'Usage: npm run token:create -- --email someone@example.org --name "Our CMS"';

async function main(): Promise<void> {
  let values: { email?: string; name?: string };
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } }));
  } catch {
    return fail(USAGE);
  }
  if (!values.email || !values.name) return fail(USAGE);
  await runWithAppDatabase(async () => {
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const { isAppError } = await import("@/lib/errors");
    const { createApiTokenForEmail } = await import("@/lib/server/api-tokens/create-api-token-for-email");
    try {
      const created = await createApiTokenForEmail({ actor: SYSTEM_ACTOR, input: { email: values.email, name: values.name } });
      console.error(`Created the token "${created.name}" for ${created.email}. It is shown only this once: store it now.`);
      console.log(created.token);
    } catch (error) {
      if (!isAppError(error)) throw error;
      // One sentence: the field's own message says what to fix.
      fail(`Could not create the token: ${Object.values(error.fieldErrors)[0]?.[0] ?? error.userMessage}`);
    }
  });
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 1;
}

finishCli(main);
