// `npm run audit:verify`: checks every audit chain in the database (DATABASE_URL,
// or the embedded one `npm start` uses) and that each sign-off's recorded head
// is still there. `--file audit.json` checks an audit JSON export offline.
// Exit 0 when intact; 1 naming the first bad event otherwise.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { finishCli, runWithAppDatabase } from "./lib/run-with-app-database";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { file: { type: "string" } } });
  if (values.file) return verifyFile(values.file);
  await runWithAppDatabase(async () => {
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const { verifyAuditTrail } = await import("@/lib/server/audit/verify-audit-trail");
    const { describeChainProblem } = await import("@/lib/domain/audit-chain/verify-chain");
    const result = await verifyAuditTrail({ actor: SYSTEM_ACTOR });
    const scope = `${result.events} event(s) in ${result.chains} chain(s), ${result.milliseconds} ms`;
    if (result.isIntact) {
      console.log(`The audit trail is intact: ${scope}.`);
      return;
    }
    console.error(`The audit trail is NOT intact (${scope}). First problem: ${describeChainProblem(result.problems[0])}`);
    for (const problem of result.problems.slice(1)) console.error(`  also: ${describeChainProblem(problem)}`);
    process.exitCode = 1;
  });
}

async function verifyFile(file: string): Promise<void> {
  const { verifyAuditExport } = await import("@/lib/domain/audit-chain/audit-export-document");
  if (!fs.existsSync(file)) throw new Error(`There is no file ${file}.`);
  const result = verifyAuditExport(fs.readFileSync(file, "utf8"));
  if (result.isIntact) {
    console.log(`${file} is intact: ${result.events} event(s), head at position ${result.head?.seq} (${result.head?.hash}).`);
    return;
  }
  console.error(`${file} is NOT intact. First problem: ${result.problems[0]}`);
  for (const problem of result.problems.slice(1, 20)) console.error(`  also: ${problem}`);
  process.exitCode = 1;
}

finishCli(main);
