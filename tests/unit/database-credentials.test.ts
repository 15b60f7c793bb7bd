import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { credentialsFile, readOrCreateCredentials } from "../../scripts/lib/database-credentials";

const folders: string[] = [];
function newDataDir(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-credentials-"));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe("readOrCreateCredentials", () => {
  it("makes random passwords once per data folder, in a file only its owner can read", () => {
    const file = credentialsFile(newDataDir());
    const first = readOrCreateCredentials(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateCredentials(file)).toEqual(first);
    expect(first.owner.user).toBe("factdesk_owner");
    expect(first.app.user).toBe("factdesk_app");
    const passwords = [first.superuser.password, first.owner.password, first.app.password];
    expect(new Set(passwords).size).toBe(3);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("gives two data folders different passwords", () => {
    const one = readOrCreateCredentials(credentialsFile(newDataDir()));
    const other = readOrCreateCredentials(credentialsFile(newDataDir()));
    expect(other.app.password).not.toBe(one.app.password);
    expect(other.superuser.password).not.toBe(one.superuser.password);
  });

  it("refuses a file that lost a login, naming the way out", () => {
    const file = credentialsFile(newDataDir());
    fs.writeFileSync(file, JSON.stringify({ superuser: { user: "postgres", password: "x" } }));
    expect(() => readOrCreateCredentials(file)).toThrow(/has no "owner" login: restore the file, or move the data folder away/);
  });
});
