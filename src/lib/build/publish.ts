/**
 * A build is all or nothing: the steps build into a staging folder, and only
 * when every gate has passed does it replace `dist/`. A failed build removes
 * the staging folder and leaves `dist/` as it was, or absent on a first build,
 * and says which.
 *
 *   publishStaged(plan)  .dist-staging → dist (the old dist removed only once the new one is in place)
 *   discardStaged(plan)  → "dist/ is as it was, from the build of 5 December 2026 at 09:14."
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatInstantWithTime } from '../dates/reader-dates.ts';
import type { BuildPlan } from './pipeline.ts';

/** Moves the staged site into dist/; the previous dist/ is kept aside until the new one is there. */
export function publishStaged({ dist, staging, root }: Pick<BuildPlan, 'dist' | 'staging' | 'root'>): void {
  const previous = join(root, '.dist-previous');
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(staging, dist);
  rmSync(previous, { recursive: true, force: true });
}

/** Removes what a failed build staged and says what readers still have. */
export function discardStaged({ dist, staging }: Pick<BuildPlan, 'dist' | 'staging'>): string {
  rmSync(staging, { recursive: true, force: true });
  if (!existsSync(dist)) return 'There is no dist/: this was the first build.';
  return `dist/ is as it was, from the build of ${formatInstantWithTime(statSync(dist).mtime.toISOString())}.`;
}
