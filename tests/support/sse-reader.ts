// Reads a Server-Sent Events stream in tests: parses messages as they come and
// waits for the one a test expects (with a timeout, so a missing event fails).
/* eslint-disable @typescript-eslint/no-explicit-any */
export type SseMessage = { event: string; id?: string; data: any };

export type StreamReader = {
  next: (match: (message: SseMessage) => boolean, timeoutMs?: number) => Promise<SseMessage>;
  collectUntil: (match: (message: SseMessage) => boolean, timeoutMs?: number) => Promise<SseMessage[]>;
  received: () => SseMessage[];
  isDone: () => Promise<boolean>;
  close: () => void;
};

export function readStream(stream: ReadableStream<Uint8Array>): StreamReader {
  const messages: SseMessage[] = [];
  const waiters = new Set<() => void>();
  let isDone = false;
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message = parseBlock(block);
          if (message) messages.push(message);
        }
        waiters.forEach((wake) => wake());
      }
    } catch {
      // cancelled
    }
    isDone = true;
    waiters.forEach((wake) => wake());
  })();

  function waitFor<T>(check: () => T | undefined, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(messages.map((m) => [m.event, m.data?.action]))}`));
      }, timeoutMs);
      const wake = () => {
        const found = check();
        if (found === undefined) return;
        clearTimeout(timer);
        waiters.delete(wake);
        resolve(found);
      };
      waiters.add(wake);
      wake();
    });
  }

  return {
    next: (match, timeoutMs = 5_000) => waitFor(() => messages.find(match), timeoutMs),
    collectUntil: (match, timeoutMs = 5_000) =>
      waitFor(() => {
        const index = messages.findIndex(match);
        return index === -1 ? undefined : messages.slice(0, index + 1);
      }, timeoutMs),
    received: () => [...messages],
    isDone: async () => {
      await Promise.race([pump, new Promise((resolve) => setTimeout(resolve, 1_000))]);
      return isDone;
    },
    close: () => void reader.cancel().catch(() => undefined),
  };
}

function parseBlock(block: string): SseMessage | null {
  let event = "message";
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event: ")) event = line.slice(7);
    else if (line.startsWith("id: ")) id = line.slice(4);
    else if (line.startsWith("data: ")) data.push(line.slice(6));
  }
  if (data.length === 0) return null;
  return { event, id, data: JSON.parse(data.join("\n")) };
}
