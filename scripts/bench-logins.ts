// `npm run bench:logins`: what a flood of bad sign-ins does to everyone else.
// A probe makes the per-request session check (findSessionActor: one joined
// read) every 10 ms and records its latency (from when it was due), first with nothing else running
// (the baseline of this run), then while BENCH_FLOOD (32) bad sign-ins are kept
// in flight: (a) the old path, bcrypt on every attempt with no bound
// (bcryptjs on the event loop, as before this change), (b) signInWithPassword, throttled and bounded, with
// attempts spread over fresh emails and addresses so no lockout helps, (c) the
// same against one locked account. Use-case level, in one process (no HTTP, no
// production build): it measures the event loop the app's requests share.
import bcrypt from "bcryptjs";
import { startBenchDatabase } from "./lib/bench-database";

const FLOOD = Number(process.env.BENCH_FLOOD ?? 32);
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 4000);

type Stats = { p50: number; p95: number; max: number; samples: number };
type Flood = { attempts: number; outcomes: Record<string, number> };

async function main(): Promise<void> {
  const bench = await startBenchDatabase("logins");
  try {
    const { url } = bench;
    process.env.DATABASE_URL = url;
    // The "before" phase blocks the event loop for seconds on purpose; the pool's
    // default 5 s wait would then fail the probes instead of timing them.
    process.env.FACTDESK_DB_CONNECT_TIMEOUT_MS ??= "120000";
    const { db, disconnectDb } = await import("@/lib/db");
    const { hashPassword } = await import("@/lib/server/auth/passwords");
    const { signInWithPassword } = await import("@/lib/server/auth/sign-in-with-password");
    const { findSessionActor } = await import("@/lib/server/auth/find-session-actor");

    const passwordHash = await hashPassword("the right password"); // cost 11, as in production
    const probeUser = await db.user.create({ data: { email: "probe@bench", name: "Probe", passwordHash } });
    const victim = await db.user.create({ data: { email: "victim@bench", name: "Victim", passwordHash } });
    const signedIn = await signInWithPassword({ email: probeUser.email, password: "the right password", client: { ip: "10.0.0.1", userAgent: "bench" } });
    if (signedIn?.kind !== "signed-in") throw new Error("probe sign-in failed");
    const session = { userId: probeUser.id, sessionVersion: 0, sessionId: signedIn.sessionId };
    const probe = () => findSessionActor(session);

    let n = 0;
    const ip = () => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n++ & 255}`;
    const baseline = await measure(probe, null);
    // The sign-in check as it was: a user read, then bcryptjs on the event loop, for every attempt.
    const oldVerify = async () => {
      const user = await db.user.findUnique({ where: { email: victim.email }, select: { passwordHash: true } });
      await bcrypt.compare("wrong", user?.passwordHash ?? "");
      return "bcrypt, refused";
    };
    const unbounded = await measure(probe, oldVerify);
    const bounded = await measure(probe, () =>
      signInWithPassword({ email: `nobody-${n}@bench`, password: "wrong", client: { ip: ip(), userAgent: "bench" } }).then(() => "bcrypt, refused", outcome));
    for (let i = 0; i < 5; i++) await signInWithPassword({ email: victim.email, password: "wrong", client: { ip: ip(), userAgent: "bench" } });
    const locked = await measure(probe, () =>
      signInWithPassword({ email: victim.email, password: "the right password", client: { ip: ip(), userAgent: "bench" } }).then(() => "signed in (!)", outcome));
    await disconnectDb();

    console.log(`session-check latency (ms) while ${FLOOD} bad sign-ins are in flight, ${PHASE_MS / 1000} s per phase, bcrypt cost 11:`);
    report("baseline, no sign-ins", baseline, baseline);
    report("unbounded bcrypt (before)", unbounded, baseline);
    report("throttled + bounded, no lockout", bounded, baseline);
    report("throttled, account locked", locked, baseline);
  } finally {
    await bench.stop();
  }
}

function outcome(error: { details?: { reason?: string } }): string {
  return error.details?.reason === "busy" ? "refused: busy" : error.details?.reason === "locked" ? "refused: locked" : "error";
}

/** Probes every 10 ms for PHASE_MS while FLOOD copies of `attempt` run back to back. */
async function measure(probe: () => Promise<unknown>, attempt: (() => Promise<string>) | null) {
  const flood: Flood = { attempts: 0, outcomes: {} };
  const stopAt = performance.now() + PHASE_MS;
  const workers = attempt
    ? Array.from({ length: FLOOD }, async () => {
        while (performance.now() < stopAt) {
          const result = await attempt();
          flood.attempts += 1;
          flood.outcomes[result] = (flood.outcomes[result] ?? 0) + 1;
        }
      })
    : [];
  // Latency counts from when the probe was due, so time spent waiting for a
  // blocked event loop (the timer firing late) is counted, not hidden.
  const latencies: number[] = [];
  while (performance.now() < stopAt) {
    const due = performance.now() + 10;
    await new Promise((resolve) => setTimeout(resolve, 10));
    await probe();
    latencies.push(performance.now() - due);
  }
  await Promise.all(workers);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  const stats: Stats = { p50: at(0.5), p95: at(0.95), max: latencies[latencies.length - 1], samples: latencies.length };
  return { stats, flood };
}

function report(label: string, result: { stats: Stats; flood: Flood }, baseline: { stats: Stats }) {
  const { stats, flood } = result;
  const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}x`;
  console.log(
    `  ${label.padEnd(34)} p50 ${stats.p50.toFixed(1).padStart(7)} (${ratio(stats.p50, baseline.stats.p50)})` +
      `  p95 ${stats.p95.toFixed(1).padStart(7)} (${ratio(stats.p95, baseline.stats.p95)})  max ${stats.max.toFixed(0).padStart(5)}` +
      `  probes ${stats.samples}`,
  );
  if (flood.attempts > 0) {
    const outcomes = Object.entries(flood.outcomes).map(([what, count]) => `${count} ${what}`).join(", ");
    console.log(`  ${"".padEnd(34)} sign-in attempts: ${flood.attempts} (${(flood.attempts / (PHASE_MS / 1000)).toFixed(0)}/s): ${outcomes}`);
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: Error) => {
    console.error(`bench:logins failed: ${error.stack ?? error.message}`);
    process.exit(1);
  });
