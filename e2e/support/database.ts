// Direct database access for e2e factories: the same embedded server the app
// under test uses (found through its data folder), never a remote one. Factories
// write as the app role, like the app; `getOwnerDb` is for tests that act as
// the owner role would (tampering with the audit trail).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { openDatabase } from "../../scripts/lib/local-database";
import { assertLocalDatabase } from "../../tests/support/assert-local-database";

const clients: { app?: PrismaClient; owner?: PrismaClient } = {};

async function connect(role: "app" | "owner"): Promise<PrismaClient> {
  const database = await openDatabase();
  const url = role === "app" ? database.url : database.ownerUrl;
  assertLocalDatabase(url);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 3 }) });
}

export async function getTestDb(): Promise<PrismaClient> {
  return (clients.app ??= await connect("app"));
}

export async function getOwnerDb(): Promise<PrismaClient> {
  return (clients.owner ??= await connect("owner"));
}
