// The e2e stage needs Chromium (playwright.config.ts uses CHROMIUM_PATH or
// /usr/bin/chromium). Without it every browser test fails, which reads like ~20
// broken features; so `npm test` checks first and installs it, or stops with one
// sentence, before any stage runs. The machine is injected so tests can fake it.
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export type Machine = {
  chromiumPath: string | undefined; // CHROMIUM_PATH
  isExecutable: (file: string) => boolean;
  uid: number | undefined; // undefined off POSIX
  hasAptGet: () => boolean;
  run: (command: string, args: string[], env?: Record<string, string>) => boolean; // true on exit 0
  log: (line: string) => void;
};

export function ensureChromium(machine: Machine): { ok: true } | { ok: false; message: string } {
  const configured = machine.chromiumPath;
  const file = configured ?? DEFAULT_CHROMIUM;
  if (machine.isExecutable(file)) return { ok: true };
  // Debian's package installs /usr/bin/chromium, so it cannot fix a CHROMIUM_PATH elsewhere.
  if (configured !== undefined && configured !== DEFAULT_CHROMIUM) {
    return { ok: false, message: `CHROMIUM_PATH is ${configured}, which is not an executable file; point it at Chromium or unset it to use ${DEFAULT_CHROMIUM}.` };
  }
  if (machine.uid === 0 && machine.hasAptGet()) {
    machine.log(`Chromium is missing at ${file}; installing Debian's chromium with apt-get…`);
    const installed =
      machine.run("apt-get", ["update", "-qq"]) &&
      machine.run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
    if (installed && machine.isExecutable(file)) return { ok: true };
  }
  return { ok: false, message: `The browser tests need Chromium at ${file}: install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.` };
}
