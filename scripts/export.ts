// `npm run export -- --article <id or slug> --format <format> [--mode tracked] [--out FILE]`
// Exports from the database `npm start` uses (or DATABASE_URL). Writes to FILE,
// or to standard output for text formats, as the export streams (decision 033):
// a 200,000-event audit trail never sits in memory whole.
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
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
    const { streamArticleExport } = await import("@/lib/server/exports/stream-article-export");
    const { DOCX } = await import("@/lib/server/exports/export-in-memory");
    const file = await streamArticleExport({
      actor: SYSTEM_ACTOR,
      articleRef: values.article!,
      input: { format: values.format, mode: values.mode },
      baseUrl: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
    });
    if (!values.out && file.contentType === DOCX) {
      await file.body.cancel();
      fail(`${values.format} is a binary format: add --out ${file.fileName}`);
    }
    const body = Readable.fromWeb(file.body as import("node:stream/web").ReadableStream<Uint8Array>);
    if (values.out) {
      // A failure halfway leaves no half file behind under the name asked for.
      const partial = `${values.out}.partial`;
      try {
        await pipeline(body, fs.createWriteStream(partial));
        fs.renameSync(partial, values.out);
      } catch (error) {
        fs.rmSync(partial, { force: true });
        throw error;
      }
      console.error(`Wrote ${values.out} (${file.contentType}).`);
    } else {
      await pipeline(body, process.stdout, { end: false });
    }
  });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

finishCli(main);
