// Next.js calls register() once when a server process starts (docs: instrumentation.ts).
export async function register(): Promise<void> {
  // (Only the Node.js runtime has node:v8; see lib/server/regexp-engine.ts for why.)
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { compileRegExpsAhead } = await import("./lib/server/regexp-engine");
  compileRegExpsAhead();
}
