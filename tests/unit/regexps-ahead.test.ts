// Every entry point that lints or spots compiles regular expressions ahead (lib/server/regexp-engine.ts, decision
// 039): the server through instrumentation.ts, each script by importing scripts/lib/regexps-ahead.ts first. A new
// script that lints or spots without it would measure, and run, the slow interpreted path.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LINTS_OR_SPOTS = /from "@\/lib\/domain\/(?:consistency|spotting)\//;
const scripts = fs.readdirSync(path.join(ROOT, "scripts")).filter((f) => f.endsWith(".ts") && !f.startsWith("zz-"));

describe("regular expressions compiled ahead", () => {
  it("the server turns it on at start", () => {
    const instrumentation = fs.readFileSync(path.join(ROOT, "instrumentation.ts"), "utf8");
    expect(instrumentation).toMatch(/compileRegExpsAhead\(\)/);
  });

  it.each(scripts.filter((f) => LINTS_OR_SPOTS.test(fs.readFileSync(path.join(ROOT, "scripts", f), "utf8"))))(
    "scripts/%s imports regexps-ahead before anything else",
    (file) => {
      const source = fs.readFileSync(path.join(ROOT, "scripts", file), "utf8");
      const firstImport = source.match(/^import .*$/m)?.[0];
      expect(firstImport).toBe('import "./lib/regexps-ahead";');
    },
  );
});
