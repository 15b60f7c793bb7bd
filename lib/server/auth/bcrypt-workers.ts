import "server-only";
import { Worker } from "node:worker_threads";

// bcryptjs is plain JavaScript: on the main thread one check blocks the event
// loop in 100 ms slices, and every request of this instance waits behind them.
// In worker threads it takes a core of its own instead. The number of checks in
// flight is bounded by password-check-slots.ts, so there is never more than
// that many busy workers. Process-local, like the semaphore: it is this
// instance's CPU, not shared state.
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const bcrypt = require("bcryptjs");
parentPort.on("message", ({ password, hash }) => {
  try { parentPort.postMessage({ isMatch: bcrypt.compareSync(password, hash) }); }
  catch (error) { parentPort.postMessage({ error: String(error) }); }
});`;

const idle: Worker[] = [];

function takeWorker(): Worker {
  const worker = idle.pop() ?? new Worker(WORKER_SOURCE, { eval: true });
  // An idle worker must not keep a CLI or test process alive.
  worker.unref();
  return worker;
}

/** bcrypt.compare on a worker thread; rejects when the worker cannot run it (the caller falls back). */
export function compareOnWorker(password: string, hash: string): Promise<boolean> {
  const worker = takeWorker();
  return new Promise<boolean>((resolve, reject) => {
    const onError = (error: Error) => {
      worker.off("message", onMessage);
      void worker.terminate();
      reject(error);
    };
    const onMessage = (message: { isMatch?: boolean; error?: string }) => {
      worker.off("error", onError);
      idle.push(worker);
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(Boolean(message.isMatch));
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.ref();
    worker.postMessage({ password, hash });
  });
}
