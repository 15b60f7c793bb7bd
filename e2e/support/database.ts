// Direct database access for e2e factories: the same embedded server the app
// under test uses (found through its data folder), never a remote one.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { openDatabase } from "../../scripts/lib/local-database";
import { assertLocalDatabase } from "../../tests/support/assert-local-database";

let client: PrismaClient | null = null;

export async function getTestDb(): Promise<PrismaClient> {
  if (client) return client;
  const database = await openDatabase();
  assertLocalDatabase(database.url);
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 3 }) });
  return client;
}
