// `npm run export -- --article <id or slug> --format <format> [--mode tracked] [--out FILE]`
// Exports from the database `npm start` uses (or DATABASE_URL). Writes to FILE,
// or to standard output for text formats.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { finishCli, runWithAppDatabase } from "./lib/run-with-app-database";

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
  await runWithAppDatabase(async () => {
    const { SYSTEM_ACTOR } = await import("@/lib/domain/capabilities");
    const { exportArticle } = await import("@/lib/server/exports/export-article");
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
  });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

finishCli(main);
