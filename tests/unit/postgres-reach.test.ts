import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canReach, isRoot, placeForPostgresUser } from "../../scripts/lib/postgres-user";
import { embeddedServerDir, ROOT_DATA_DIR } from "../../scripts/lib/server-data-dir";

// As root, the embedded server runs as the postgres user: a data folder or
// binaries in a folder it cannot enter (a clone under a 0700 /root) must be
// noticed before initdb fails with EACCES.
const base = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-reach-"));
fs.chmodSync(base, 0o755);
const folder = (name: string, mode: number) => {
  const dir = path.join(base, name);
  fs.mkdirSync(dir);
  fs.chmodSync(dir, mode);
  return dir;
};
const me = { uid: process.getuid!(), gid: process.getgid!() };
const stranger = { uid: 424242, gid: 424242 };

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe("canReach", () => {
  it("follows every folder on the way", () => {
    const open = folder("open", 0o755);
    const closed = folder("closed", 0o700);
    expect(canReach(stranger, path.join(open, "data", "pg"))).toBe(true);
    expect(canReach(stranger, path.join(closed, "data", "pg"))).toBe(false);
    expect(canReach(me, path.join(closed, "data", "pg"))).toBe(true);
  });

  it("uses the owner's, then the group's, then everyone's bit", () => {
    const groupOnly = folder("group-only", 0o710);
    expect(canReach(stranger, groupOnly)).toBe(false);
    expect(canReach({ uid: stranger.uid, gid: fs.statSync(groupOnly).gid }, groupOnly)).toBe(true);
  });
});

describe("embeddedServerDir", () => {
  it("keeps the server in <dataDir>/pg when its user can enter it, else moves it under /var/lib/factdesk", () => {
    const open = path.join(folder("open-data", 0o755), ".data");
    const closed = path.join(folder("closed-data", 0o700), ".data");
    expect(embeddedServerDir(open)).toBe(path.join(open, "pg"));
    const moved = embeddedServerDir(closed);
    if (isRoot()) {
      expect(moved.startsWith(ROOT_DATA_DIR + path.sep)).toBe(true);
      expect(embeddedServerDir(closed)).toBe(moved);
    } else {
      // Not root: the server runs as us, who can enter our own folders.
      expect(moved).toBe(path.join(closed, "pg"));
    }
  });
});

describe("placeForPostgresUser", () => {
  it("turns a refused placement into one sentence that says what to do", () => {
    const refuse = () => {
      throw Object.assign(new Error("EROFS: read-only file system, mkdir '/var/cache/factdesk'"), { code: "EROFS" });
    };
    expect(() => placeForPostgresUser("a copy of its binaries", "/var/cache/factdesk", refuse)).toThrow(
      /^As root, PostgreSQL runs as the postgres user, .* \(EROFS\): clone factdesk into a folder other users can enter \(say \/srv\/factdesk\), or run it as a normal user\.$/,
    );
  });
});
