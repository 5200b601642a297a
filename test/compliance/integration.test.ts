/**
 * The build end to end on copies of the project (code and content) in
 * test/.tmp, run as `node scripts/build.ts --root <copy>`:
 *
 * - the shipped content with one West Sussex subgroup's terms of reference
 *   dated two years before the pinned date stops the build, naming the
 *   subgroup, clause 6.72, the due date and the file to edit (issue 5);
 * - a copy with the compliance fixture's content, built with `--as-of`, is
 *   built into its own dist/ (astro got --root), link-checked there, and its
 *   register, feed and duties.json are judged as of the date passed;
 * - a build is all or nothing: one that fails at the link gate publishes
 *   nothing, leaving dist/ as it was (or absent, on a first build).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { readSiteSettings } from '../../src/lib/content/site-settings.ts';
import { projectRoot, scratchDir } from '../helpers/copy-fixture.ts';
import { copyProjectCode } from '../helpers/project-copies.ts';

const SUBGROUPS = 'content/west-sussex/records/subgroups.yaml';

/** A copy of the project's code with `content` from `contentFrom`; node_modules resolve from the project above it. */
function copyProject(contentFrom: string): string {
  const root = copyProjectCode(scratchDir('build'));
  cpSync(join(projectRoot, contentFrom), join(root, 'content'), { recursive: true });
  return root;
}

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(projectRoot, script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, GOVERNANCE_AS_OF: '', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });

describe('the shipped content', () => {
  it('passes the check at the pinned date, warning that the clock is pinned', () => {
    const result = run('scripts/check.ts', ['--root', projectRoot]);
    expect(result.stdout).toContain('PASSED');
    expect(result.stderr).toContain('the compliance clock is PINNED');
    expect(result.status).toBe(0);
  });

  it("fails the check and the build when a subgroup's terms of reference are two years old", () => {
    const root = copyProject('content');
    const pinned = Temporal.PlainDate.from(readSiteSettings(root).compliance.asOf!);
    const twoYearsAgo = pinned.subtract({ years: 2 });
    const due = twoYearsAgo.add({ years: 1 });
    const file = join(root, SUBGROUPS);
    const before = readFileSync(file, 'utf8');
    const after = before.replace(/(- id: case-review-group[\s\S]*?termsOfReference: \{ agreed: )[\d-]+/, `$1${twoYearsAgo}`);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    const line = after.split('\n').findIndex((l) => l.includes(`agreed: ${twoYearsAgo}`)) + 1;

    for (const script of ['scripts/check.ts', 'scripts/build.ts']) {
      const result = run(script, ['--root', root]);
      const output = result.stdout + result.stderr;
      expect(result.status, script).toBe(1);
      expect(output, script).toContain(
        `${SUBGROUPS}:${line}  error  subgroup-terms-of-reference / case-review-group: overdue: Case review group (CRG)`,
      );
      expect(output, script).toContain(`was due by ${due}`);
      expect(output, script).toContain('required by Constitution clause 6.72 (content/west-sussex/constitution/clauses/6-72.mdx:');
      expect(output, script).toContain(`update termsOfReference.agreed in ${SUBGROUPS}`);
    }
    const build = run('scripts/build.ts', ['--root', root]);
    expect(build.stderr).toContain('Build stopped: the check step failed');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('a build with --root and --as-of', () => {
  const root = copyProject('test/fixtures/compliance/content');
  let build: ReturnType<typeof run>;
  beforeAll(() => {
    build = run('scripts/build.ts', ['--root', root, '--as-of', '2026-10-20']);
  });
  const built = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');

  it('succeeds, building the copy into its own dist/', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(existsSync(join(root, 'dist/demo/register/index.html'))).toBe(true);
  });

  it("link-checks the copy's dist/, not the project's", () => {
    const pages = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    expect(build.stdout).toMatch(new RegExp(`Links: every internal link and #fragment on ${pages} pages resolves`));
  });

  it('judges the register, duties.json and the calendar feed as of the date passed', () => {
    expect(built('demo/register/index.html')).toContain('Statuses are judged as of 20 October 2026');
    expect(JSON.parse(built('api/duties.json'))).toMatchObject({ asOf: '2026-10-20', pinned: false });
    const events = new ICAL.Component(ICAL.parse(built('demo/duties.ics'))).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(String(event.getFirstPropertyValue('description'))).toContain('judged as of 20 October 2026');
  });
});

/** Every file under `dir`, by relative path, in path order. */
function files(dir: string): Map<string, Buffer> {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  return new Map(paths.map((path) => [path, readFileSync(join(dir, path))]));
}

describe('a build that fails at its last gate', () => {
  const CLAUSE = 'content/demo/constitution/clauses/6-72.mdx';
  const SENTENCE = "Each subgroup's terms of reference are agreed by the Steering Group and reviewed annually.";
  const breakLink = (root: string) => {
    const file = join(root, CLAUSE);
    // A link on words already there: the text stays as published, so only the link gate can catch it.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/annually\.\n$/, '[annually](/nowhere/).\n'));
  };
  const mendLink = (root: string) => {
    const file = join(root, CLAUSE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('[annually](/nowhere/)', 'annually'));
  };
  const page = (root: string) => readFileSync(join(root, 'dist/demo/constitution/6-72/index.html'), 'utf8');

  it('publishes nothing on a first build, and says there is no dist/', () => {
    const root = copyProject('test/fixtures/compliance/content');
    breakLink(root);
    const build = run('scripts/build.ts', ['--root', root, '--as-of', '2026-10-20']);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('Build stopped: the link check step failed');
    expect(build.stderr).toContain('Nothing was published. There is no dist/: this was the first build.');
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(existsSync(join(root, '.dist-staging'))).toBe(false);
  });

  it('leaves the last good dist/ as it was and says so, and a rebuild of the same content is byte-identical', () => {
    const root = copyProject('test/fixtures/compliance/content');
    const good = run('scripts/build.ts', ['--root', root, '--as-of', '2026-10-20']);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toContain(`Published: every step passed, so ${join(root, 'dist')} now holds the new build.`);
    const before = page(root);
    expect(before).toContain(SENTENCE);
    const built = statSync(join(root, 'dist')).mtimeMs;

    breakLink(root);
    const bad = run('scripts/build.ts', ['--root', root, '--as-of', '2026-10-20']);
    expect(bad.status).toBe(1);
    const written =
      readFileSync(join(root, CLAUSE), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('/nowhere/')) + 1;
    expect(bad.stderr).toContain(`→ /nowhere/  404 Not Found  "annually"  (written in ${CLAUSE}:${written})`);
    expect(bad.stderr).toMatch(/Nothing was published\. dist\/ is as it was, from the build of \d{1,2} \w+ \d{4} at \d{2}:\d{2}\./);
    expect(page(root)).toBe(before);
    expect(statSync(join(root, 'dist')).mtimeMs).toBe(built);
    expect(existsSync(join(root, '.dist-staging'))).toBe(false);

    mendLink(root);
    const first = files(join(root, 'dist'));
    const again = run('scripts/build.ts', ['--root', root, '--as-of', '2026-10-20']);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(existsSync(join(root, '.dist-previous'))).toBe(false);
    // The same content built again with the same as-of date, the same day: byte for byte the same site.
    const second = files(join(root, 'dist'));
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...first].filter(([path, bytes]) => !bytes.equals(second.get(path)!)).map(([path]) => path)).toEqual([]);
  });
});
