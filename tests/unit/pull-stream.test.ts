import { describe, expect, it } from "vitest";
import type { SnapshotEnd } from "@/lib/read-snapshot";
import { toPullStream } from "@/lib/server/exports/pull-stream";

/** Pieces "0", "1", … up to `count`, recording how many were asked for and whether the generator was closed. */
function countingPieces(count: number, failAt?: number) {
  const seen = { asked: 0, closed: false };
  async function* pieces(): AsyncGenerator<string, void, undefined> {
    try {
      for (let index = 0; index < count; index++) {
        seen.asked++;
        if (index === failAt) throw new Error("the database went away");
        yield String(index);
      }
    } finally {
      seen.closed = true;
    }
  }
  return { seen, pieces: pieces() };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const decode = (chunk: Uint8Array | undefined) => new TextDecoder().decode(chunk);

describe("toPullStream", () => {
  it("reads a piece only when the consumer reads one (nothing ahead)", async () => {
    const { seen, pieces } = countingPieces(100);
    const ends: SnapshotEnd[] = [];
    const reader = toPullStream(pieces, async (how) => { ends.push(how); }).getReader();
    await settle();
    expect(seen.asked).toBe(0);
    expect(decode((await reader.read()).value)).toBe("0");
    await settle();
    expect(seen.asked).toBe(1);
    expect(decode((await reader.read()).value)).toBe("1");
    await settle();
    expect(seen.asked).toBe(2);
    expect(ends).toEqual([]);
  });

  it("ends 'done' once, after the last piece", async () => {
    const { pieces } = countingPieces(3);
    const ends: SnapshotEnd[] = [];
    const text = await new Response(toPullStream(pieces, async (how) => { ends.push(how); })).text();
    expect(text).toBe("012");
    expect(ends).toEqual(["done"]);
  });

  it("on cancel, closes the generator and ends 'cancelled'", async () => {
    const { seen, pieces } = countingPieces(100);
    const ends: SnapshotEnd[] = [];
    const reader = toPullStream(pieces, async (how) => { ends.push(how); }).getReader();
    await reader.read();
    await reader.cancel();
    expect(seen).toEqual({ asked: 1, closed: true });
    expect(ends).toEqual(["cancelled"]);
  });

  it("on a cancel while a piece is being read, waits for it, then ends 'cancelled' once", async () => {
    let release = () => {};
    const slow = new Promise<void>((resolve) => { release = resolve; });
    let closed = false;
    async function* pieces(): AsyncGenerator<string, void, undefined> {
      try {
        yield "first";
        await slow; // a batch still on its way from the database
        yield "second";
      } finally {
        closed = true;
      }
    }
    const ends: SnapshotEnd[] = [];
    const reader = toPullStream(pieces(), async (how) => { ends.push(how); }).getReader();
    await reader.read();
    const reading = reader.read();
    await settle();
    const cancelling = reader.cancel();
    release();
    await cancelling;
    expect(await reading).toEqual({ done: true, value: undefined });
    expect({ closed, ends }).toEqual({ closed: true, ends: ["cancelled"] });
  });

  it("on a failing piece, errors the stream (no silent half file) and ends 'failed'", async () => {
    const { pieces } = countingPieces(100, 2);
    const ends: SnapshotEnd[] = [];
    const reader = toPullStream(pieces, async (how) => { ends.push(how); }).getReader();
    await reader.read();
    await reader.read();
    await expect(reader.read()).rejects.toThrow("the database went away");
    expect(ends).toEqual(["failed"]);
  });
});
