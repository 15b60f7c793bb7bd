import { defineConfig } from "vitest/config";
import path from "node:path";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // The marker package throws outside React Server Components; tests run use cases directly.
  "server-only": path.join(root, "tests/setup/empty-module.ts"),
};

// Two projects: pure unit tests, and integration tests of the use cases against a
// real PostgreSQL (started once per run by tests/setup/global-database.ts).
// allowOnly: false in both: a forgotten `.only` fails its test instead of quietly
// skipping the rest (vitest allows it by default outside CI).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
          allowOnly: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          allowOnly: false,
          globalSetup: ["tests/setup/global-database.ts"],
          setupFiles: ["tests/setup/database-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One database per run; files run one after another so counts stay exact.
          fileParallelism: false,
        },
      },
    ],
  },
});
