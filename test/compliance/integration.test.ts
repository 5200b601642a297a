/**
 * The shipped content end to end: a copy of the project's content with one
 * West Sussex subgroup's terms of reference dated two years before the
 * pinned date makes the check, and the build that runs it first, exit
 * non-zero, naming the subgroup, clause 6.72, the due date and the file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { readSiteSettings } from '../../src/lib/content/site-settings.ts';
import { projectRoot, scratchDir } from '../helpers/copy-fixture.ts';

const SUBGROUPS = 'content/west-sussex/records/subgroups.yaml';

function copyContent(): string {
  const root = scratchDir('compliance-integration');
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(projectRoot, script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, GOVERNANCE_AS_OF: '', ASTRO_TELEMETRY_DISABLED: '1' },
  });

describe('the shipped content', () => {
  it('passes the check at the pinned date, warning that the clock is pinned', () => {
    const result = run('scripts/check.ts', ['--root', projectRoot]);
    expect(result.stdout).toContain('PASSED');
    expect(result.stderr).toContain('the compliance clock is PINNED');
    expect(result.status).toBe(0);
  });

  it('fails the check and the build when a subgroup\'s terms of reference are two years old', () => {
    const root = copyContent();
    const pinned = Temporal.PlainDate.from(readSiteSettings(root).compliance.asOf!);
    const twoYearsAgo = pinned.subtract({ years: 2 });
    const file = join(root, SUBGROUPS);
    const before = readFileSync(file, 'utf8');
    const after = before.replace(/(- id: case-review-group[\s\S]*?termsOfReference: \{ agreed: )[\d-]+/, `$1${twoYearsAgo}`);
    expect(after).not.toBe(before);
    writeFileSync(file, after);

    const check = run('scripts/check.ts', ['--root', root]);
    expect(check.status).toBe(1);
    const report = check.stdout;
    expect(report).toContain('Case review group (CRG)');
    expect(report).toContain('Constitution clause 6.72');
    expect(report).toContain(`was due by ${twoYearsAgo.add({ years: 1 })}`);
    expect(report).toMatch(new RegExp(`${SUBGROUPS}:\\d+  error  subgroup-terms-of-reference / case-review-group: overdue`));

    if (existsSync(join(projectRoot, 'scripts/build.ts'))) {
      const build = run('scripts/build.ts', ['--root', root]);
      expect(build.status).not.toBe(0);
      expect(build.stdout + build.stderr).toContain('Case review group (CRG)');
      expect(build.stdout + build.stderr).toContain(SUBGROUPS);
    }
  });
});
