import fs from "node:fs";
import zlib from "node:zlib";
import { damaged } from "./archive-format";

const NEWLINE = 0x0a;

/**
 * The lines of a gzip file, as text without their "\n". Split on "\n" bytes only
 * (not readline, which also splits on "\r"), so that the bytes hashed are exactly
 * the bytes written. Refuses a file that is not one complete gzip stream, that
 * ends mid-line, or that carries bytes after the gzip data (Node's gunzip would
 * silently skip those).
 */
export async function* readGzipLines(file: string): AsyncGenerator<string> {
  const fileSize = fs.statSync(file).size;
  const gunzip = zlib.createGunzip();
  const input = fs.createReadStream(file);
  input.on("error", (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  let rest = Buffer.alloc(0);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let end = buffer.indexOf(NEWLINE); end >= 0; end = buffer.indexOf(NEWLINE, start)) {
        yield buffer.toString("utf8", start, end);
        start = end + 1;
      }
      buffer = buffer.subarray(start);
      rest = Buffer.from(buffer); // a copy: the chunk's memory is not ours to keep
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith("Z_")) {
      throw damaged("it is not a complete gzip file");
    }
    throw error;
  } finally {
    input.destroy();
  }
  if (rest.length > 0) throw damaged("it ends in the middle of a line");
  if (gunzip.bytesWritten !== fileSize) throw damaged("there are bytes after the end of the gzip data");
}
