import { defineConfig } from "prisma/config";

// Only `prisma generate` reads this file here: migrations run through
// scripts/db-migrate.ts (Prisma's WebAssembly schema engine, no native binary).
// Where `prisma migrate deploy` runs instead, it migrates as the owner role,
// like db:migrate (README, "Database roles": then run the grants yourself).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || "postgresql://localhost:5432/factdesk" },
});
