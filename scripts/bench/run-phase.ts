/**
 * Runs one benchmark phase as a child process and measures it: wall time and
 * peak resident memory. Peak RSS comes from the child itself — a preloaded
 * hook (rss-hook.mjs) writes `process.resourceUsage().maxRSS` on exit — so
 * no external `time` tool is needed. Child processes the phase starts (the
 * Pagefind binary) are not included; that is said in the README.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PhaseResult { name: string; ms: number; peakRssMb: number; ok: boolean; output: string }

const hook = new URL('./rss-hook.mjs', import.meta.url).pathname;

export function runPhase(name: string, cwd: string, args: string[], env: Record<string, string> = {}): PhaseResult {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const rssFile = join(dir, 'rss');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', hook, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_RSS_FILE: rssFile, ...env },
  });
  const ms = performance.now() - started;
  let peakRssMb = 0;
  try {
    peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // the child died before its exit hook ran
  }
  rmSync(dir, { recursive: true, force: true });
  return { name, ms, peakRssMb, ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
