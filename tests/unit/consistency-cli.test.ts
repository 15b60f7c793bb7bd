// The command-line tools as a desk runs them: lint-claims on sentences and on a
// whole article, spot with and without --prior.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const run = (script: string, ...args: string[]) => execFileSync(TSX, [path.join(ROOT, "scripts", script), ...args], { cwd: ROOT, encoding: "utf8" });
const file = (text: string) => {
  const at = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-cli-")), "input.txt");
  fs.writeFileSync(at, text);
  return at;
};

describe("lint-claims", () => {
  it("prints the rule ids of each line, or an empty line", () => {
    expect(run("lint-claims.ts", file("Renault holds a majority 15% of Nissan.\nSales rose.\n"))).toBe("majority-under-half\n\n");
  });

  it("with --article, flags a fact stated two ways and links the two sentences", () => {
    const article = "Renault holds 43% of Nissan. Sales rose in Europe.\n\nRenault, which owns 34% of Nissan, wants a merger. A majority 15% stake is not one.\n";
    expect(run("lint-claims.ts", "--article", file(article))).toBe(
      "4\tmajority-under-half\tA majority 15% stake is not one.\n" +
        "1<->3\tarticle-mismatch\tRenault’s stake in Nissan is 43% here, but 34% in “Renault, which owns 34% of Nissan, wants a merger”.\n",
    );
  });
}, 30_000);

describe("spot", () => {
  it("moves the scores by the prior and refuses a prior outside (0, 1)", () => {
    const input = file("The council approved a budget of £412m on Tuesday.\n");
    const news = Number(run("spot.ts", input).split("\t")[0]);
    const debates = Number(run("spot.ts", input, "--prior", "0.25").split("\t")[0]);
    expect(news).toBeGreaterThan(debates);
    const refused = spawnSync(TSX, [path.join(ROOT, "scripts/spot.ts"), input, "--prior", "1.5"], { cwd: ROOT, encoding: "utf8" });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--prior P/);
  });
}, 30_000);
