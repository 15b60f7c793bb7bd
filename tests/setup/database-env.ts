// Runs in each test worker before the tests import lib/db (which reads the URL
// on first use): the code under test connects as the app role.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// The owner role, for tests that tamper or create scratch databases (tests/support/owner-database.ts).
process.env.OWNER_DATABASE_URL = inject("ownerDatabaseUrl");
// Two-factor secrets are encrypted under a key derived from AUTH_SECRET
// (lib/server/auth/two-factor/secret-box.ts); npm start generates one, tests fix one.
process.env.AUTH_SECRET ??= "integration-tests-auth-secret";
