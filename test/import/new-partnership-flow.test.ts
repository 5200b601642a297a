/**
 * A new partnership in an afternoon, end to end, in a copy of the project:
 * `new-partnership`; `import` of a constitution written as a real .docx
 * (Word's automatic numbering for Parts, 1 / 1.1, (a) and (i), a Schedule
 * table) and of a training strategy as a real .pdf (running header, page
 * numbers, wrapped lines, a paragraph over a page break, a table), both
 * without --style; document.yaml as the editors' guide says; the proposed
 * duties decided with `npm run proposals`; records added; then the check
 * passes and the whole build (check, astro, Pagefind, links) publishes the
 * clause pages, which search finds. Nothing in between edits a clause file.
 * Saltmarsh and both documents are invented (test/import/flow-documents/).
 * Prints the wall-clock time of each step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { clauseFiles, importDocument } from '../../src/lib/import/import-document.ts';
import { readProposals } from '../../src/lib/import/proposals.ts';
import { copyFixture, projectRoot, scratchDir } from '../helpers/copy-fixture.ts';
import { searchBuiltSite } from '../helpers/pagefind-in-node.ts';
import { copyProjectCode } from '../helpers/project-copies.ts';
import { makeDocx } from './formats-generators/make-docx.ts';
import { makePdf } from './formats-generators/make-pdf.ts';
import { decisions, RECORDS } from './flow-documents/saltmarsh-decisions.ts';

const AS_OF = '2027-01-31';
const text = (name: string) => readFileSync(join(projectRoot, 'test/import/flow-documents', name), 'utf8');
const CONSTITUTION = text('saltmarsh-constitution.txt');
const STRATEGY = text('saltmarsh-training-strategy.txt');

const root = copyProjectCode(copyFixture('basic').root);
const downloads = scratchDir('downloads');
const content = (path: string) => join(root, 'content/saltmarsh', path);
const times: Array<[string, number]> = [];

function run(step: string, script: string, ...args: string[]) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, GOVERNANCE_AS_OF: '', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  times.push([step, performance.now() - started]);
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}

/** Each clause file written for a document, by name. */
const written = (document: string) =>
  new Map(readdirSync(content(`${document}/clauses`)).map((name) => [name, readFileSync(content(`${document}/clauses/${name}`), 'utf8')]));

afterAll(() => {
  console.log(
    `The flow, step by step (wall clock):\n${times.map(([step, ms]) => `  ${step.padEnd(44)} ${(ms / 1000).toFixed(2)} s`).join('\n')}`,
  );
});

describe('a new partnership from a Word constitution and a PDF strategy', () => {
  test('starts with npm run new-partnership', () => {
    const made = run(
      'new-partnership',
      'new-partnership.ts',
      '--root',
      root,
      '--id',
      'saltmarsh',
      '--name',
      'Saltmarsh Safeguarding Children Partnership',
    );
    expect(made.output).toContain('wrote content/saltmarsh/partnership.yaml');
    expect(made.status).toBe(0);
  });

  test('imports the .docx without --style: Parts, 1 and 1.1, (a) and (i) items and the Schedule table, as the text itself would', async () => {
    writeFileSync(join(downloads, 'saltmarsh-constitution.docx'), await makeDocx(CONSTITUTION));
    const imported = run(
      'import constitution.docx',
      'import-document.ts',
      '--source',
      join(downloads, 'saltmarsh-constitution.docx'),
      '--out',
      content('constitution'),
    );
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('Structure found: Part, Schedule; paragraphs 1., 1.1; items (a), (i); tables in tabs');
    expect(imported.stdout).toContain(
      'Unplaced lines (0)\nRoles guessed (0)\nDropped as page furniture (0)\nNumbering kept as printed (0)',
    );
    // Word generated every number; the text read has them as printed.
    expect(readFileSync(content('constitution/source.txt'), 'utf8')).toBe(CONSTITUTION);
    const files = written('constitution');
    expect(files).toEqual(clauseFiles(importDocument(CONSTITUTION)));
    expect([...files.keys()].sort()).toEqual(
      [
        'preamble',
        'part-1',
        '1',
        '1-1',
        '1-2',
        'part-2',
        '2',
        '2-1',
        '2-2',
        '3',
        '3-1',
        '3-2',
        '3-3',
        'part-3',
        '4',
        '4-1',
        '4-2',
        'schedule-1',
      ]
        .map((id) => `${id}.mdx`)
        .sort(),
    );
    expect(files.get('2-1.mdx')).toContain('parent: "2"');
    expect(files.get('2.mdx')).toContain('parent: part-2');
    expect(files.get('2-1.mdx')).toContain(
      '- (b) a senior officer of Saltmarsh Police, who shall:\n  - (i) hold the rank of Chief Superintendent or above; and',
    );
    expect(files.get('schedule-1.mdx')).toContain(
      '| Role | Organisation | Term |\n| --- | --- | --- |\n| Chair | Saltmarsh Council | 3 years |',
    );
  });

  test('imports the .pdf without --style: page furniture dropped and reported, paragraphs whole over wraps and the page break', async () => {
    const pdf = await makePdf(STRATEGY, 'Saltmarsh SCP – Training strategy – Draft', 330);
    expect(pdf.splitParagraphs).toBeGreaterThan(0);
    writeFileSync(join(downloads, 'saltmarsh-training-strategy.pdf'), pdf.bytes);
    const imported = run(
      'import training-strategy.pdf',
      'import-document.ts',
      '--source',
      join(downloads, 'saltmarsh-training-strategy.pdf'),
      '--out',
      content('training-strategy'),
    );
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('Structure found: paragraphs 1., 1.1; tables in tabs');
    expect(imported.stdout).toContain('dropped page 2: running header "Saltmarsh SCP – Training strategy – Draft"');
    expect(imported.stdout).toContain('dropped page 2: running footer "Page 2 of 2"');
    expect(readFileSync(content('training-strategy/source.txt'), 'utf8')).toBe(STRATEGY);
    expect(written('training-strategy')).toEqual(clauseFiles(importDocument(STRATEGY)));
    expect(written('training-strategy').get('4.mdx')).toContain('| Designated lead | Designated leads | Every 2 years |');
  });

  test('proposes the duties its text sets, each decided with npm run proposals', () => {
    writeFileSync(
      content('constitution/document.yaml'),
      documentYaml('Saltmarsh Safeguarding Children Partnership Constitution', 'Constitution', 'saltmarsh-constitution.docx'),
    );
    writeFileSync(
      content('training-strategy/document.yaml'),
      documentYaml('Multi-agency Training Strategy 2026 to 2028', 'Training strategy', 'saltmarsh-training-strategy.pdf'),
    );
    for (const document of ['constitution', 'training-strategy']) {
      const proposed = readProposals(root, `content/saltmarsh/${document}`).proposals.map((p) => `${p.id} (${p.kind})`);
      expect(proposed).toEqual(decisions[document]!.map((d) => `${d.id} (${d.kind})`));
      for (const d of decisions[document]!) {
        const args = d.reject ? ['reject', `saltmarsh/${document}`, d.id, '--reason', d.reject] : ['accept', `saltmarsh/${document}`, d.id];
        const decided = run(`proposals ${args[0]} ${document} ${d.id}`, 'proposals.ts', '--root', root, ...args);
        expect(decided.output).toMatch(d.reject ? /^rejected/ : /^accepted/);
      }
    }
  });

  test('fails the check until records show the accepted duties met, then passes it', () => {
    const before = run('check (no records yet)', 'check.ts', '--root', root, '--as-of', AS_OF);
    expect(before.output).toContain(
      'content/saltmarsh/constitution/clauses/3-1.mdx:7  error  duties[0].body: no body or subgroup "the-executive" in content/saltmarsh/records/',
    );
    expect(before.status).toBe(1);
    for (const [file, yaml] of Object.entries(RECORDS))
      writeFileSync(content(`records/${file}`), `${readFileSync(content(`records/${file}`), 'utf8')}${yaml}`);
    const after = run('check', 'check.ts', '--root', root, '--as-of', AS_OF);
    expect(after.stdout).toContain('0 overdue, 0 no evidence, 0 due soon, 6 ok, 0 exempt');
    expect(after.output).not.toContain('proposed-duties');
    expect(after.status).toBe(0);
  });

  test('builds the site with every clause page of both documents, and search finds them', async () => {
    const build = run('build (check, astro, Pagefind, links)', 'build.ts', '--root', root, '--as-of', AS_OF);
    expect(build.output).toContain('✔ Published');
    expect(build.status).toBe(0);
    const dist = join(root, 'dist');
    for (const document of ['constitution', 'training-strategy'])
      for (const name of written(document).keys())
        expect(existsSync(join(dist, `saltmarsh/${document}/${name.replace(/\.mdx$/, '')}/index.html`)), name).toBe(true);
    const started = performance.now();
    const found = await searchBuiltSite(dist, ['Chief Superintendent', 'audits', 'specialist courses', 'Vice chair']);
    times.push(['search the index (4 queries)', performance.now() - started]);
    expect(found['Chief Superintendent']?.[0]).toBe('/saltmarsh/constitution/2-1/');
    expect(found.audits?.[0]).toBe('/saltmarsh/training-strategy/2-1/');
    expect(found['specialist courses']?.[0]).toBe('/saltmarsh/training-strategy/1-1/');
    expect(found['Vice chair']?.[0]).toBe('/saltmarsh/constitution/schedule-1/');
  }, 300_000);
});

/** document.yaml as section 11 of .github/CONTRIBUTING.md writes it, in force so that its duties are checked. */
function documentYaml(title: string, shortTitle: string, original: string): string {
  mkdirSync(content(''), { recursive: true });
  return `title: ${title}\nshortTitle: ${shortTitle}\npartnership: saltmarsh\nstatus: in-force\npublished: 2026-04-01\nsource:\n  file: source.txt\n  original: ${original}\n`;
}
