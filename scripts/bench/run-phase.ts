/**
 * Runs one benchmark phase as a child process and measures it: wall time and
 * the peak resident memory of the whole process tree (the phase's Node
 * process and what it starts, such as the Pagefind binary), summed across
 * the tree and sampled every 50 ms from /proc. Linux only, like the machine
 * the targets are set for.
 *
 *   await runPhase('check', projectDir, ['scripts/check.ts'])  → { ms: 1040, peakRssMb: 281, ok: true, output }
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface PhaseResult {
  name: string;
  ms: number;
  peakRssMb: number;
  ok: boolean;
  output: string;
}

/** Resident memory, in KiB, of `pid` and all its descendants now. */
function treeRssKib(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in brackets and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4); // pages of 4 KiB
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const next = stack.pop()!;
    total += rss.get(next) ?? 0;
    stack.push(...(children.get(next) ?? []));
  }
  return total;
}

export function runPhase(name: string, cwd: string, args: string[], env: Record<string, string> = {}): Promise<PhaseResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRssKib(child.pid));
    };
    const timer = setInterval(sample, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ name, ms: performance.now() - started, peakRssMb: peak / 1024, ok: code === 0, output });
    });
  });
}
