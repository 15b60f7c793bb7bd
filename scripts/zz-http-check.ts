// Throwaway: a streamed export through `next start` over real HTTP — a client that
// hangs up mid-download must give the snapshot connection back.
import { spawn, execSync } from "node:child_process";
import { runSql, startBenchDatabase } from "./lib/bench-database";

const PORT = 3220;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function main() {
  const bench = await startBenchDatabase("http");
  const url = bench.url;
  let server: ReturnType<typeof spawn> | null = null;
  try {
    await runSql(url, `
      insert into "User" (id, email, name, "passwordHash", role, "updatedAt") values ('00000000-0000-4000-8000-000000000001', 'a@e.org', 'Admin', 'x', 'admin', now());
      insert into "Article" (id, slug, headline, "createdById", "updatedAt") values ('00000000-0000-4000-8000-0000000000a1', 'big', 'Big', '00000000-0000-4000-8000-000000000001', now());
      insert into "ArticleRevision" (id, "articleId", number, text, sha256, "createdById") values (gen_random_uuid(), '00000000-0000-4000-8000-0000000000a1', 1, 'Text.', repeat('0', 64), '00000000-0000-4000-8000-000000000001');
      update "Article" a set "currentRevisionId" = r.id from "ArticleRevision" r where r."articleId" = a.id;`);
    for (let i = 0; i < 5; i++) await runSql(url, `insert into "AuditEvent" ("actorLabel", action, "entityType", "entityId", "articleId", after) select 'x', 'claim.update', 'claim', 'c' || n, '00000000-0000-4000-8000-0000000000a1', jsonb_build_object('rationale', 'The budget book, page ' || n || ', says 12%, not 15%.', 'n', n) from generate_series(1, 20000) n`);
    await runSql(url, "analyze");
    process.env.DATABASE_URL = url;
    const { createApiToken } = await import("@/lib/server/api-tokens/create-api-token");
    const { disconnectDb } = await import("@/lib/db");
    const admin = { id: "00000000-0000-4000-8000-000000000001", role: "admin" as const, name: "Admin", email: "a@e.org" };
    const { token } = await createApiToken({ actor: admin, input: { name: "http", userId: admin.id } });
    await disconnectDb();
    server = spawn("npx", ["next", "start", "-p", String(PORT)], {
      env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: "x".repeat(40), NEXTAUTH_URL: `http://localhost:${PORT}`, NEXTAUTH_SECRET: "x".repeat(40) },
      stdio: ["ignore", "inherit", "inherit"], detached: true,
    });
    for (;;) { try { if ((await fetch(`http://localhost:${PORT}/api/health`)).ok) break; } catch {} await sleep(300); }
    const sessions = async () => (await runSql<{ state: string }>(url, `select state from pg_stat_activity where application_name = 'factdesk-export-streams'`)).map((r) => r.state);
    const exportUrl = `http://localhost:${PORT}/api/articles/00000000-0000-4000-8000-0000000000a1/export?format=audit-json`;
    // 1. A client that reads a little, then hangs up.
    const partial = execSync(`curl -sS -H 'Authorization: Bearer ${token}' '${exportUrl}' | head -c 200000 | wc -c`, { shell: "/bin/bash" }).toString().trim();
    console.log("read before hanging up:", partial, "bytes; snapshot sessions right after:", await sessions());
    await sleep(1000);
    console.log("snapshot sessions 1 s after the hang-up:", await sessions());
    // 2. A slow client: mid-download, one transaction is open and waiting.
    const slow = spawn("bash", ["-c", `curl -sS --limit-rate 2M -H 'Authorization: Bearer ${token}' '${exportUrl}' -o /tmp/exp-ref/slow.json -D /tmp/exp-ref/slow.headers`], { stdio: "inherit" });
    await sleep(3000);
    const pid = execSync(`pgrep -f "next-server" | head -1 || true`).toString().trim();
    const rss = pid ? execSync(`ps -o rss= -p ${pid}`).toString().trim() : "?";
    console.log("slow client mid-download: snapshot sessions", await sessions(), "; next-server RSS", rss, "KB");
    slow.kill("SIGINT");
    await sleep(1000);
    console.log("after the slow client was killed:", await sessions());
    // 3. A full download.
    const t = performance.now();
    const size = execSync(`curl -sS -H 'Authorization: Bearer ${token}' '${exportUrl}' -o /tmp/exp-ref/full.json -w '%{size_download}'`).toString();
    console.log(`full download: ${size} bytes in ${((performance.now() - t) / 1000).toFixed(1)} s; sessions after:`, await sessions());
    console.log("verify:", execSync(`node -e "const {verifyAuditExport}=require('./lib/domain/audit-chain/audit-export-document.ts')" 2>/dev/null || true`).toString());
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await sleep(1000);
    await bench.stop();
  }
}
void main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
