/**
 * Trying as a new editor would: everyday mistakes on a copy of the real
 * content, and the exact message each gives, all through the one formatter.
 * The editors' guide (.github/CONTRIBUTING.md) quotes these messages and
 * walks through worked examples on the real files; both are checked here,
 * the examples by applying each to a copy of the content and running the
 * check, so the guide cannot drift from what editors will see.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toContentError } from '../../src/lib/compliance/report/describe.ts';
import { runCheck, type CheckRun } from '../../src/lib/check/run-check.ts';
import { FAILING_STATUSES } from '../../src/lib/compliance/types.ts';
import { formatContentError, type ContentError } from '../../src/lib/errors/content-error.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { copyRealContent } from '../helpers/project-copies.ts';
import { applyWorkedExample, codeBlocks, workedExampleSteps } from './worked-examples.ts';

const GUIDE = join(projectRoot, '.github/CONTRIBUTING.md');
const CLAUSES = 'content/west-sussex/constitution/clauses';
const REVIEWS = 'content/west-sussex/records/reviews.yaml';
const MEETINGS = 'content/west-sussex/records/meetings.yaml';

/**
 * The check run on a copy of the real content with one mistake made in it.
 * The mistake is placed by the text it changes, which must occur exactly
 * once in the file, so edits elsewhere cannot move it to another line.
 */
function withMistake(path: string, from: string, to: string): CheckRun {
  const copy = copyRealContent();
  const times = copy.read(path).split(from).length - 1;
  if (times !== 1)
    throw new Error(`the mistake changes ${JSON.stringify(from)}, which must occur once in ${path}; it occurs ${times} times`);
  copy.edit(path, from, to);
  return runCheck({ root: copy.root, env: {} });
}

/** The check's findings (content errors and warnings). */
const mistake = (path: string, from: string, to: string): ContentError[] => withMistake(path, from, to).errors;

/** The duties that fail after the mistake, as the messages the check prints for them. */
const lapsesAfter = (path: string, from: string, to: string): ContentError[] =>
  withMistake(path, from, to)
    .results.filter((result) => FAILING_STATUSES.includes(result.status))
    .map((result) => toContentError(result));

const seen: string[] = [];
const printed = (errors: ContentError[]) => {
  const text = errors.map(formatContentError).join('\n');
  seen.push(text);
  return text;
};

// The guide quotes each message in a code block, some inside a numbered step (indented there).
afterAll(() => {
  const quoted = codeBlocks(readFileSync(GUIDE, 'utf8')).map((block) => block.text);
  for (const message of seen)
    expect(quoted, '.github/CONTRIBUTING.md is out of date with this message').toContainEqual(expect.stringContaining(message));
});

describe('the messages a new editor gets', () => {
  it('a date written the British way in a record names the line, what was found and the date to write', () => {
    expect(printed(mistake(REVIEWS, 'date: 2025-06-10', 'date: 10/06/2025'))).toMatchInlineSnapshot(`
      "content/west-sussex/records/reviews.yaml:6  error  [0].date: expected a date written as YYYY-MM-DD, such as 2024-03-31, found "10/06/2025"  [schema]
        hint: write it year-month-day with hyphens: 2025-06-10"
    `);
  });

  it('a clause placed under a clause that does not exist suggests the nearest ids', () => {
    expect(printed(mistake(`${CLAUSES}/6-53-ii.mdx`, 'parent: 6-53', 'parent: 6-35'))).toMatchInlineSnapshot(`
      "content/west-sussex/constitution/clauses/6-53-ii.mdx:4  error  parent: expected the id of a clause in this document, found "6-35", which does not exist  [missing-parent]
        hint: did you mean "6-25", "6-3", "6-31"? Leave "parent" out for a top-level clause"
    `);
  });

  it('a misspelt field name gets the field it most likely meant', () => {
    expect(printed(mistake(`${CLAUSES}/6-53.mdx`, 'heading: Quoracy', 'haeding: Quoracy'))).toMatchInlineSnapshot(`
      "content/west-sussex/constitution/clauses/6-53.mdx:4  error  haeding: unknown field "haeding"  [schema]
        hint: remove it, or check the spelling (did you mean "heading"?); the fields allowed here are: id, number, heading, parent, order, topics, duties"
    `);
  });

  it('a <script> in a clause names the line and what is allowed', () => {
    expect(
      printed(
        mistake(
          `${CLAUSES}/6-53-i.mdx`,
          'three lead partners.',
          'three lead partners.\n\n<script src="https://example.org/x.js"></script>',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/west-sussex/constitution/clauses/6-53-i.mdx:11:1  error  <script>: a <script> element is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: delete the <script>…</script>; the site never runs code from clause text"
    `);
  });

  it('an import line names the line and says to delete it', () => {
    expect(
      printed(mistake(`${CLAUSES}/6-53-iv.mdx`, 'Urgent decisions', 'import Table from "../../table.astro"\n\nUrgent decisions')),
    ).toMatchInlineSnapshot(`
      "content/west-sussex/constitution/clauses/6-53-iv.mdx:8:1  error  import Table from "../../table.astro": an import statement is not allowed in clause text; a clause file holds frontmatter and text (Markdown and the allowed elements) only  [mdx-safety]
        hint: delete this line. Clause text cannot load code; if a clause needs something Markdown cannot do, ask the site’s developers for a content component"
    `);
  });

  it('a stray curly bracket names the line and column and how to write a bracket as text', () => {
    expect(printed(mistake(`${CLAUSES}/6-53-iii.mdx`, 'a minimum of 3 separate', 'a minimum of {3} separate'))).toMatchInlineSnapshot(`
      "content/west-sussex/constitution/clauses/6-53-iii.mdx:9:71  error  {3}: a JSX expression {…} is not allowed in clause text; only Markdown and the allowed elements are  [mdx-safety]
        hint: curly brackets run code in MDX. To show a curly bracket as text, put a backslash before it: \\{ and \\}; otherwise delete the {…}"
    `);
  });

  it('a curly bracket left open points at the bracket, not at the end of the file', () => {
    expect(printed(mistake(`${CLAUSES}/6-53-iii.mdx`, 'a minimum of 3 separate', 'a minimum of {3 separate'))).toMatchInlineSnapshot(`
      "content/west-sussex/constitution/clauses/6-53-iii.mdx:9:71  error  {: this is not valid MDX, so the page cannot be built: this { has no closing }, so everything after it is read as code  [mdx-syntax]
        hint: a { starts code in MDX. To write a curly bracket as text, put a backslash before it: \\{ and \\}"
    `);
  });

  it('a link to a clause that does not exist names the nearest clauses that do', () => {
    expect(
      printed(mistake(`${CLAUSES}/6-53-iii.mdx`, 'three lead partners (Police', '[three lead partners](clause:6-35) (Police')),
    ).toMatchInlineSnapshot(`
      "content/west-sussex/constitution/clauses/6-53-iii.mdx:9:173  error  clause:6-35: dangling reference (no clause "6-35" in west-sussex/constitution); nearest valid: clause:6-25, clause:6-3, clause:6-31  [reference]
        hint: point the link at an existing clause id (the file name in clauses/, without .mdx): clause:<id> in this document, clause:<document>/<id> or clause:<partnership>/<document>/<id> elsewhere; doc:<document> for a whole document"
    `);
  });

  it('clause text changed without the published text names the source line and both ways to fix it', () => {
    expect(
      printed(mistake(`${CLAUSES}/6-53-i.mdx`, 'three lead partners.', 'three lead partners and by the Independent Chair.')),
    ).toMatchInlineSnapshot(`
      "content/west-sussex/constitution/source.txt:223  error  this sentence of the published text is in none of the document's clauses: "i) To be quorate, any ordinary Steering Group meeting must be attended by representatives of the three lead partners."  [fidelity]
        hint: if the clause's words were changed on purpose because the document was amended, record the amendment in content/west-sussex/constitution/amendments.yaml with the words the clause had before (was:), and leave content/west-sussex/constitution/source.txt as first published; otherwise restore the clause's words. A line the site knowingly shows differently goes under source.exceptions in content/west-sussex/constitution/document.yaml, with the reason
      content/west-sussex/constitution/clauses/6-53-i.mdx:9  error  this sentence is not in the published text (content/west-sussex/constitution/source.txt) and no amendment records it: "To be quorate, any ordinary Steering Group meeting must be attended by representatives of the three lead partners and…"  [fidelity]
        hint: if the document was amended, record the decision in content/west-sussex/constitution/amendments.yaml: the day it takes effect, who decided, the minute, and this clause's words before (was:); otherwise restore the published words"
    `);
  });

  it('a mistyped record subject is an error at the record, not a silent overdue duty', () => {
    expect(
      printed(
        mistake(
          REVIEWS,
          'subject: constitution\n  what: Annual review of the constitution (12.1)\n  date: 2025-06-10',
          'subject: constitutoin\n  what: Annual review of the constitution (12.1)\n  date: 2025-06-10',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/west-sussex/records/reviews.yaml:4  error  subject: no duty counts reviews with subject "constitutoin", so this record would be ignored  [unknown-subject]
        hint: did you mean "constitution"? The subject must be the "subject" of a review, annual-deadline or one-off duty in one of this partnership’s clauses"
    `);
  });

  it('a quarter without a meeting names the quarter and the entry that would acknowledge it', () => {
    expect(printed(lapsesAfter(MEETINGS, '  - { body: partnership-board, date: 2026-07-14, example: true }\n', ''))).toMatchInlineSnapshot(`
      "content/west-sussex/records/meetings.yaml:29  error  partnership-board-meetings: overdue: 0 of at least 1 meeting of the Partnership Board held in the quarter Q2 2026-27; the quarter ended 2026-09-30; required by Constitution clause 6.52 i) (content/west-sussex/constitution/clauses/6-52-i.mdx:21).  [compliance]
        hint: add each meeting to content/west-sussex/records/meetings.yaml as { body: partnership-board, date: YYYY-MM-DD }; if the 2026-07-01 to 2026-09-30 shortfall cannot be put right, record that it was noted in content/west-sussex/records/acknowledgements.yaml: { duty: partnership-board-meetings, period: { start: 2026-07-01, end: 2026-09-30 }, date, by, reason }"
    `);
  });

  it('a record dated after the pinned as-of date is a warning that it is not counted yet, and how to move the pin', () => {
    expect(printed(mistake(REVIEWS, 'date: 2025-06-10', 'date: 2026-11-20'))).toBe(
      'content/west-sussex/records/reviews.yaml:6  warning  date 2026-11-20 is after the as-of date 2026-11-01 (pinned in content/site.yaml), so this record is not counted yet  [record-after-as-of]\n' +
        "  hint: compliance.asOf in content/site.yaml pins the clock for the shipped example records; move it to 2026-11-20 or later to count this record, or delete it so a real partnership's records are judged as of today",
    );
  });

  it('a lapsed duty names the record to update, the clause that sets it and the dates', () => {
    const run = runCheck({ root: projectRoot, env: {}, asOf: '2027-03-20' });
    const lapses = run.results.filter(
      (result) => result.duty.id === 'subgroup-terms-of-reference' && result.subject?.id === 'case-review-group',
    );
    expect(printed(lapses.map((result) => toContentError(result)))).toMatchInlineSnapshot(`
      "content/west-sussex/records/subgroups.yaml:10  error  subgroup-terms-of-reference / case-review-group: overdue: Case review group (CRG): terms of reference review was due by 2027-03-10 (10 days ago); last on 2026-03-10; required by Constitution clause 6.72 (content/west-sussex/constitution/clauses/6-72.mdx:8).  [compliance]
        hint: after the terms of reference of "case-review-group" are next reviewed, update termsOfReference.agreed in content/west-sussex/records/subgroups.yaml"
    `);
  });
});

/**
 * Runs a guide's `npm run <script> -- <args>` line in a copy: the script
 * package.json names, from this project, with the copy as the working folder.
 */
function runNpmScript(root: string, command: string): void {
  const words = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  const [npm, run, name, dashes, ...args] = words;
  const scripts = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const script = scripts[name ?? '']?.split(' ').at(-1);
  if (npm !== 'npm' || run !== 'run' || !script || (dashes !== undefined && dashes !== '--'))
    throw new Error(`the guide runs "${command}", which is not an npm script`);
  const result = spawnSync(process.execPath, [join(projectRoot, script), ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`"${command}" failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

describe('the worked examples in the editors’ guide', () => {
  const steps = workedExampleSteps(readFileSync(GUIDE, 'utf8'));
  const examples = [...new Set(steps.map((step) => step.example))];

  it('has one for changing a clause, adding a review, renewing terms of reference, adding a report, recording a meeting, linking the minutes, acknowledging a lapse, changing a duty, naming a record’s period, marking a document historical, adding a partnership and a document, recording an event, a one-off, a meeting’s papers and renumbering', () => {
    expect([...examples].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it('changes a clause’s words in example 8 by an amendment record, leaving source.txt as first published, and the check names the clause’s line without the record', () => {
    const mine = steps.filter((step) => step.example === 8);
    expect(mine.filter((step) => step.path.endsWith('source.txt'))).toEqual([]);
    expect(mine.filter((step) => step.kind === 'create').map((step) => step.path)).toEqual([
      'content/west-sussex/arrangements-2019/amendments.yaml',
    ]);
    const copy = copyRealContent();
    applyWorkedExample(
      mine.filter((step) => step.kind !== 'create'),
      { read: copy.read, write: copy.write, exists: (path) => existsSync(join(copy.root, path)), run: () => {} },
    );
    const fidelity = runCheck({ root: copy.root, env: {} })
      .errors.filter((e) => e.rule === 'fidelity')
      .map(formatContentError);
    const DOC = 'content/west-sussex/arrangements-2019';
    expect(fidelity).toEqual([
      `${DOC}/source.txt:199  error  this sentence of the published text is in none of the document's clauses: "Our Case Review Group meets on a monthly basis, overseeing the process for undertaking local child safeguarding pract…"  [fidelity]\n` +
        `  hint: if the clause's words were changed on purpose because the document was amended, record the amendment in ${DOC}/amendments.yaml with the words the clause had before (was:), and leave ${DOC}/source.txt as first published; otherwise restore the clause's words. A line the site knowingly shows differently goes under source.exceptions in ${DOC}/document.yaml, with the reason`,
      `${DOC}/clauses/case-review-group.mdx:21  error  this sentence is not in the published text (${DOC}/source.txt) and no amendment records it: "Our Case Review Group meets every three months, overseeing the process for undertaking local child safeguarding pract…"  [fidelity]\n` +
        `  hint: if the document was amended, record the decision in ${DOC}/amendments.yaml: the day it takes effect, who decided, the minute, and this clause's words before (was:); otherwise restore the published words`,
    ]);
  });

  it.each(examples)('example %i matches the real files and, applied to a copy, passes the check', (example) => {
    const copy = copyRealContent();
    const mine = steps.filter((step) => step.example === example);
    applyWorkedExample(mine, {
      read: copy.read,
      write: (path, text) => {
        mkdirSync(dirname(join(copy.root, path)), { recursive: true });
        copy.write(path, text);
      },
      exists: (path) => existsSync(join(copy.root, path)),
      run: (command) => runNpmScript(copy.root, command),
    });
    expect(
      mine.some((step) => step.kind !== 'is' && step.kind !== 'contains'),
      'the example changes something',
    ).toBe(true);
    for (const path of new Set(mine.map((step) => step.path))) {
      if (mine.some((step) => step.path === path && !['is', 'contains', 'run', 'create'].includes(step.kind))) {
        expect(copy.read(path), `${path} was changed`).not.toBe(readFileSync(join(projectRoot, path), 'utf8'));
      }
    }
    const run = runCheck({ root: copy.root, env: {} });
    const lapsed = run.results.filter((result) => FAILING_STATUSES.includes(result.status)).map((result) => toContentError(result));
    expect([...run.errors.filter((e) => e.severity === 'error'), ...lapsed].map(formatContentError)).toEqual([]);
    expect(run.exitCode).toBe(0);
  });
});
