/**
 * The only place the history code runs git. Every call is synchronous and
 * read-only, in the project root; a missing git binary or a failing command
 * comes back as `ok: false` with git's own words, never as a throw.
 */
import { spawnSync } from 'node:child_process';

export interface GitResult {
  ok: boolean;
  stdout: string;
  /** First line of git's error output, or why git could not be run. */
  error: string;
}

export function runGit(root: string, args: string[]): GitResult {
  const result = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    // Whole-history logs of a large content folder run to megabytes.
    maxBuffer: 512 * 1024 * 1024,
    // A repository owned by another user (CI containers) must not prompt or fail on config.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
  });
  if (result.error) return { ok: false, stdout: '', error: result.error.message };
  const error = (result.stderr ?? '').trim().split('\n')[0] ?? '';
  return { ok: result.status === 0, stdout: result.stdout ?? '', error };
}
