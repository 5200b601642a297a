/**
 * `npm run new-partnership`: the files it writes, that the check passes
 * straight after (in a copy of a fixture project), and what it says when
 * the id cannot be used.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { copyFixture, projectRoot } from '../helpers/copy-fixture.ts';

const scaffold = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(projectRoot, 'scripts/new-partnership.ts'), '--root', root, ...args], { encoding: 'utf8' });

describe('npm run new-partnership', () => {
  const project = copyFixture('basic');
  const run = scaffold(project.root, '--id', 'riverside', '--name', 'Riverside Safeguarding Children Partnership');

  test('writes partnership.yaml, an empty glossary and commented, empty records', () => {
    expect(run.status).toBe(0);
    expect(project.read('content/riverside/partnership.yaml')).toBe(
      [
        '# The partnership (schema: src/schemas/partnership.ts).',
        '# shortName and area were worked out from the name: check against the documents.',
        '# Add leadPartners (the three safeguarding partners, as the documents name them), website and summary.',
        'name: Riverside Safeguarding Children Partnership',
        'shortName: RSCP',
        'area: Riverside',
        'leadPartners: []',
        '',
      ].join('\n'),
    );
    expect(project.read('content/riverside/glossary.yaml')).toContain('terms: []\n');
    expect(readdirSync(join(project.root, 'content/riverside/records')).sort()).toEqual([
      'README.md',
      'acknowledgements.yaml',
      'events.yaml',
      'meetings.yaml',
      'publications.yaml',
      'reviews.yaml',
      'subgroups.yaml',
    ]);
    expect(project.read('content/riverside/records/meetings.yaml')).toBe(
      '# Riverside Safeguarding Children Partnership: bodies and meetings. Empty until the first record.\n# Holds the boards that meet, and each meeting held or scheduled.\n# Schema: src/schemas/meeting.ts\n',
    );
  });

  test('leaves a project the check passes, with nothing to warn about the new partnership', () => {
    const check = runCheck({ root: project.root, asOf: '2025-01-01' });
    expect(check.errors.filter((e) => e.file.includes('riverside')).map(formatContentError)).toEqual([]);
    expect(check.exitCode).toBe(0);
  });

  test('refuses an id that is taken or not an id, and says why', () => {
    const again = scaffold(project.root, '--id', 'riverside', '--name', 'Another');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/riverside already exists; nothing written');
    expect(scaffold(project.root, '--id', 'River Side', '--name', 'X').stderr).toContain(
      '--id "River Side" is not a lower-case id of letters, digits and single hyphens, such as "riverside"',
    );
    expect(scaffold(project.root, '--name', 'X').stderr).toContain('usage: npm run new-partnership');
  });
});
