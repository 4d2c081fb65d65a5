// CPU time of the Chromium a browser benchmark launched on a profile, by process: the browser
// process (where IndexedDB's backend encodes and writes the rows), the renderers (the page's
// JavaScript) and the rest (zygote, GPU, network and other utility processes). Read from /proc
// (Linux's USER_HZ, hundredths of a second); a process that exits meanwhile is not counted.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export interface ChromiumCpu {
  browserS: number;
  rendererS: number;
  otherS: number;
}

interface ChromiumProcess {
  parent: string;
  ticks: number;
  /** Chromium's `--type` (`renderer`, `utility`, …); none for the browser process. */
  type: string | undefined;
  commandLine: string;
}

/** A process that exited between listing /proc and reading its files. */
const gone = (error: unknown) =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ESRCH');

function processes(): Map<string, ChromiumProcess> {
  const found = new Map<string, ChromiumProcess>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    let commandLine: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch (error) {
      if (gone(error)) continue;
      throw error;
    }
    // After the command come state, parent pid (4th field) … utime and stime (14th and 15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    found.set(pid, {
      parent: fields[1] ?? '',
      ticks: Number(fields[11]) + Number(fields[12]),
      type: /--type=([\w-]+)/.exec(commandLine)?.[1],
      commandLine,
    });
  }
  return found;
}

/** Ticks by kind of the browser process running `profile` and everything it started. */
function ticksOf(profile: string): Map<string, { kind: keyof ChromiumCpu; ticks: number }> {
  const all = processes();
  const root = [...all].find(
    ([, entry]) =>
      entry.type === undefined && entry.commandLine.includes(`--user-data-dir=${profile}`),
  )?.[0];
  const tree = new Map<string, { kind: keyof ChromiumCpu; ticks: number }>();
  if (root === undefined) return tree;
  const within = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, entry] of all) {
      if (within.has(pid) || !within.has(entry.parent)) continue;
      within.add(pid);
      grew = true;
    }
  }
  for (const pid of within) {
    const entry = all.get(pid);
    if (!entry) continue;
    const kind =
      pid === root ? 'browserS' : entry.type === 'renderer' ? 'rendererS' : ('otherS' as const);
    tree.set(pid, { kind, ticks: entry.ticks });
  }
  return tree;
}

/** Starts counting; the returned function gives the CPU seconds spent since. */
export function countChromiumCpu(profile: string): () => ChromiumCpu {
  const before = ticksOf(profile);
  return () => {
    const spent: ChromiumCpu = { browserS: 0, rendererS: 0, otherS: 0 };
    for (const [pid, now] of ticksOf(profile)) {
      spent[now.kind] += (now.ticks - (before.get(pid)?.ticks ?? 0)) / TICKS_PER_SECOND;
    }
    return spent;
  };
}
