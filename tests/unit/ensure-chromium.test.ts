import { describe, expect, test } from "vitest";
import { ensureChromium, type Machine } from "@/scripts/lib/ensure-chromium";

// A fake machine: which files are executable, who we are, and what apt-get does.
function fakeMachine(options: { executable?: string[]; uid?: number; aptGet?: boolean; installWorks?: boolean; chromiumPath?: string }) {
  const executable = new Set(options.executable ?? []);
  const commands: string[] = [];
  const lines: string[] = [];
  const machine: Machine = {
    chromiumPath: options.chromiumPath,
    isExecutable: (file) => executable.has(file),
    uid: options.uid ?? 1000,
    hasAptGet: () => options.aptGet ?? true,
    run: (command, args, env) => {
      commands.push([...Object.entries(env ?? {}).map(([k, v]) => `${k}=${v}`), command, ...args].join(" "));
      if (args[0] === "install" && options.installWorks) executable.add("/usr/bin/chromium");
      return options.installWorks ?? false;
    },
    log: (line) => lines.push(line),
  };
  return { machine, commands, lines };
}

describe("ensureChromium", () => {
  test("does nothing when /usr/bin/chromium is there", () => {
    const { machine, commands } = fakeMachine({ executable: ["/usr/bin/chromium"], uid: 0 });
    expect(ensureChromium(machine)).toEqual({ ok: true });
    expect(commands).toEqual([]);
  });

  test("uses CHROMIUM_PATH when it is set", () => {
    const { machine } = fakeMachine({ executable: ["/opt/chrome/chrome"], chromiumPath: "/opt/chrome/chrome" });
    expect(ensureChromium(machine)).toEqual({ ok: true });
  });

  test("as root with apt-get, says so and installs Debian's chromium", () => {
    const { machine, commands, lines } = fakeMachine({ uid: 0, installWorks: true });
    expect(ensureChromium(machine)).toEqual({ ok: true });
    expect(lines).toEqual(["Chromium is missing at /usr/bin/chromium; installing Debian's chromium with apt-get…"]);
    expect(commands).toEqual(["apt-get update -qq", "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]);
  });

  test("stops with what to install when the install fails", () => {
    const { machine } = fakeMachine({ uid: 0, installWorks: false });
    expect(ensureChromium(machine)).toEqual({ ok: false, message: expect.stringContaining("apt-get install chromium") });
  });

  test("stops without installing when not root", () => {
    const { machine, commands } = fakeMachine({ uid: 1000 });
    const result = ensureChromium(machine);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("set CHROMIUM_PATH") });
    expect(commands).toEqual([]);
  });

  test("stops without installing when there is no apt-get", () => {
    const { machine, commands } = fakeMachine({ uid: 0, aptGet: false });
    expect(ensureChromium(machine).ok).toBe(false);
    expect(commands).toEqual([]);
  });

  test("does not install for a CHROMIUM_PATH that is missing (the package would not put it there)", () => {
    const { machine, commands } = fakeMachine({ uid: 0, chromiumPath: "/opt/chrome/chrome" });
    expect(ensureChromium(machine)).toEqual({ ok: false, message: expect.stringContaining("CHROMIUM_PATH is /opt/chrome/chrome") });
    expect(commands).toEqual([]);
  });
});
