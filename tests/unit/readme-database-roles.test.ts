// The README quotes the app role's grants for DBAs: it must quote what the code runs.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appPrivilegeStatements, DEFAULT_ROLE_NAMES } from "../../scripts/lib/database-roles";

describe("README, Database roles", () => {
  it("quotes exactly the grants that migrations run", () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "README.md"), "utf8");
    expect(readme).toContain("```sql\n" + appPrivilegeStatements(DEFAULT_ROLE_NAMES).join("\n") + "\n```");
  });
});
