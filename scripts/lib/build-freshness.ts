import fs from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

/**
 * True when `.next` holds no production build, or one older than a source file:
 * `npm start` then builds first, so a user never serves stale code.
 */
export function isBuildNeeded(root: string): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const isNewer = (file: string) => fs.existsSync(file) && fs.statSync(file).mtimeMs > builtAt;
  if (SOURCE_FILES.some((file) => isNewer(path.join(root, file)))) return true;
  return SOURCE_DIRS.some((dir) => hasNewerFile(path.join(root, dir), builtAt));
}

function hasNewerFile(dir: string, since: number): boolean {
  if (!fs.existsSync(dir)) return false;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && hasNewerFile(full, since)) return true;
    } else if (fs.statSync(full).mtimeMs > since) {
      return true;
    }
  }
  return false;
}
