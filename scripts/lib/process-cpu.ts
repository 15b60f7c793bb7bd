// CPU time used by processes, read from /proc (Linux): what a benchmark needs to
// say where the cores went, since saves/s alone cannot tell the app's cost from
// the database's on a machine whose cores they share.
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux architecture Node runs on

type Stat = { parentPid: number; ownTicks: number; reapedChildrenTicks: number };

function readStat(pid: number): Stat | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null; // gone
  }
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // Relative to that point: 1 ppid, 11 utime, 12 stime, 13 cutime, 14 cstime.
  return {
    parentPid: Number(fields[1]),
    ownTicks: Number(fields[11]) + Number(fields[12]),
    reapedChildrenTicks: Number(fields[13]) + Number(fields[14]),
  };
}

function childrenOf(pid: number): number[] {
  return fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number).filter((child) => readStat(child)?.parentPid === pid);
}

/**
 * CPU seconds of a process and all its descendants so far: the live ones' own
 * time plus what exited children left in their parent's account (a PostgreSQL
 * backend that disconnected is counted in the postmaster's).
 */
export function treeCpuSeconds(pid: number): number {
  return treeTicks(pid) / TICKS_PER_SECOND;
}

function treeTicks(pid: number): number {
  const stat = readStat(pid);
  if (!stat) return 0;
  return stat.ownTicks + stat.reapedChildrenTicks + childrenOf(pid).reduce((sum, child) => sum + treeTicks(child), 0);
}

/** The parent of a process (for a PostgreSQL backend: the postmaster). */
export function parentPid(pid: number): number {
  const stat = readStat(pid);
  if (!stat) throw new Error(`no process ${pid}`);
  return stat.parentPid;
}
