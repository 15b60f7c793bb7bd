import { defineConfig } from "prisma/config";

// Only `prisma generate` reads this file here: migrations run through
// scripts/db-migrate.ts (Prisma's WebAssembly schema engine, no native binary).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/factdesk" },
});
