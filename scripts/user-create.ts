// `npm run user:create -- --email E --role R [--name N]`: adds a user to the
// database `npm start` uses. The password comes from a prompt, or from standard
// input when piped (never from the command line, where it would stay in history).
import { parseArgs } from "node:util";
import readline from "node:readline";
import { finishCli, runWithAppDatabase } from "./lib/run-with-app-database";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  if (!values.email || !values.role) {
    fail("Usage: npm run user:create -- --email someone@example.org --role editor|reviewer|admin|viewer [--name \"Full Name\"]");
  }
  const password = await readPassword();
  await runWithAppDatabase(async () => {
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const { createUser } = await import("@/lib/server/users/create-user");
    const user = await createUser({
      actor: SYSTEM_ACTOR,
      input: { email: values.email, role: values.role, name: values.name ?? values.email, password },
    });
    console.log(`Created ${user.role} ${user.email}.`);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split("\n")[0].replace(/\r$/, "");
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: print nothing for each key press after the prompt.
  const output = rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WriteStream };
  const prompt = "Password (10+ characters): ";
  output._writeToOutput = (text: string) => {
    if (text.startsWith(prompt)) output.output.write(prompt);
  };
  const password = await new Promise<string>((resolve) => rl.question(prompt, resolve));
  rl.close();
  process.stdout.write("\n");
  return password;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

finishCli(main);
