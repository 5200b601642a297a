/**
 * When each amendment was recorded on the site: the first commit whose
 * amendments.yaml holds the amendment's id. The amendment's own `effective`
 * date says when the words took effect; this says when the site learned of
 * it, from git, so a reader can tell an amendment recorded the day it was
 * decided from one added months later. Like the "last changed" dates, it is
 * unavailable on a shallow clone or without git, never guessed.
 *
 *   git log --reverse -- content/west-sussex/constitution/amendments.yaml
 *   → quorum-independent-chair: first in commit 1a2b… of 2026-03-12
 */
import { parse } from 'yaml';
import { historyAvailability } from './availability.ts';
import { runGit } from './git.ts';
import { LOG_FORMAT_ARGS, parseLog, type Commit } from './parse-git.ts';

export type Recording =
  /** In the history since `commit`, the first to hold the amendment. */
  | { status: 'committed'; commit: Commit }
  /** In the working copy only: a local build before the amendment is committed. */
  | { status: 'uncommitted' }
  /** History cannot say: `short` for readers, as beside a missing "last changed" date. */
  | { status: 'unavailable'; short: string };

/** The amendment ids in one version of an amendments.yaml; a version that does not parse holds none. */
function idsIn(text: string): string[] {
  try {
    const amendments = (parse(text) as { amendments?: unknown } | null)?.amendments;
    return Array.isArray(amendments) ? amendments.flatMap((a) => (typeof a?.id === 'string' ? [a.id] : [])) : [];
  } catch {
    return [];
  }
}

/**
 * @param file project-relative path of an amendments.yaml: `content/p/d/amendments.yaml`
 * @param ids the amendment ids it holds now
 */
export function amendmentRecordings(root: string, file: string, ids: readonly string[]): Map<string, Recording> {
  const availability = historyAvailability(root);
  if (!availability.available) return new Map(ids.map((id) => [id, { status: 'unavailable', short: availability.short }]));
  const log = runGit(root, ['log', '--reverse', ...LOG_FORMAT_ARGS, '--relative', '--', file]);
  const found = new Map<string, Recording>();
  for (const commit of log.ok ? parseLog(log.stdout) : []) {
    // The file as this commit left it; deleted in it, it holds nothing.
    const shown = runGit(root, ['show', `${commit.hash}:./${file}`]);
    if (!shown.ok) continue;
    for (const id of idsIn(shown.stdout)) if (!found.has(id)) found.set(id, { status: 'committed', commit });
  }
  return new Map(ids.map((id) => [id, found.get(id) ?? { status: 'uncommitted' }]));
}
