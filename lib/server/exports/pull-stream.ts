import "server-only";
import type { SnapshotEnd } from "@/lib/read-snapshot";

/**
 * A byte stream that asks `pieces` for its next piece only when the consumer
 * reads (highWaterMark 0: nothing is read ahead), so a slow download holds one
 * batch in memory, not the file. `onEnd` runs exactly once: when the pieces
 * run out ("done"), when producing one throws ("failed", and the stream
 * errors: the download is cut off, never completed with a silent half), or when
 * the consumer cancels ("cancelled": the client went away).
 */
export function toPullStream(
  pieces: AsyncGenerator<string, void, undefined>,
  onEnd: (how: SnapshotEnd) => Promise<void>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let ended: Promise<void> | null = null;
  let isCancelled = false;
  const finish = (how: SnapshotEnd) => (ended ??= onEnd(how));
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          for (;;) {
            const next = await pieces.next();
            // Cancelled while this batch was being read: cancel() ends the snapshot.
            if (isCancelled) return;
            if (next.done) {
              await finish("done");
              controller.close();
              return;
            }
            // An empty piece (a batch with nothing to write) is not a chunk: read on.
            if (next.value.length > 0) {
              controller.enqueue(encoder.encode(next.value));
              return;
            }
          }
        } catch (error) {
          await finish("failed");
          controller.error(error);
        }
      },
      async cancel() {
        isCancelled = true;
        // Waits for a batch being read to finish, then runs the generator's finally blocks.
        await pieces.return(undefined).catch(() => undefined);
        await finish("cancelled");
      },
    },
    { highWaterMark: 0 },
  );
}

/** A file already in memory (the formats bounded by the article's text), as one chunk. */
export function toSingleChunkStream(body: string | Uint8Array): ReadableStream<Uint8Array> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
