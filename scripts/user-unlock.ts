// `npm run user:unlock -- --email E` (or `--ip A`): lifts a sign-in lockout
// before it runs out, as the system actor, recorded in the audit trail. The same
// use case as "Unlock sign-in" on /admin/users.
import { parseArgs } from "node:util";
import { finishCli, runWithAppDatabase } from "./lib/run-with-app-database";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, ip: { type: "string" } } });
  if (Boolean(values.email) === Boolean(values.ip)) {
    console.error("Usage: npm run user:unlock -- --email someone@example.org   (or --ip 203.0.113.7)");
    process.exit(1);
  }
  await runWithAppDatabase(async () => {
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const { unlockSignIn } = await import("@/lib/server/users/unlock-sign-in");
    const input = values.email ? { email: values.email } : { ip: values.ip };
    const { wasLocked } = await unlockSignIn({ actor: SYSTEM_ACTOR, input });
    console.log(wasLocked ? `Unlocked sign-in for ${values.email ?? values.ip}.` : `${values.email ?? values.ip} was not locked; its failure count is cleared.`);
  });
}

finishCli(main);
