/**
 * Renumbering is one command: a clause and everything under it take new
 * numbers, the glossary follows, the decision is recorded, old addresses
 * keep answering, and the check passes; the editors' guide shows what it does.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { runRenumber } from '../../src/lib/renumber/run-renumber.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { copyRealContent } from '../helpers/project-copies.ts';
import { applyWorkedExample, workedExampleSteps } from '../editor/worked-examples.ts';

const DOC = 'west-sussex/constitution';
const decision = { effective: '2026-06-01', authority: 'WSSCP Steering Group, 12 May 2026', minute: 'Minute 6' };
const CLAUSES = `content/${DOC}/clauses`;

function renumbered(newIds: boolean) {
  const copy = copyRealContent();
  const run = runRenumber({ root: copy.root, document: DOC, from: '6-7-2', to: '6.8', newIds, decision });
  for (const edit of run.edits) {
    writeFileSync(join(copy.root, edit.path), edit.after);
    if (edit.to) renameSync(join(copy.root, edit.path), join(copy.root, edit.to));
  }
  return { copy, run };
}
const errors = (root: string) =>
  runCheck({ root, env: {} })
    .errors.filter((e) => e.severity === 'error')
    .map(formatContentError);

describe('npm run renumber', () => {
  it('renumbers 6.7 and its ten sub-clauses, keeping their ids, and the check passes', () => {
    const { copy, run } = renumbered(false);
    expect(run.report.split('\n').slice(0, 3)).toEqual([
      'Renumbering west-sussex/constitution 6-7-2 → 6.8: 11 clauses',
      '  6.7 → 6.8   id 6-7-2 kept',
      '  6.71 → 6.81   id 6-71 kept',
    ]);
    expect(copy.read(`${CLAUSES}/6-771.mdx`)).toContain('number: "6.871"');
    expect(copy.read('content/west-sussex/glossary.yaml')).not.toContain('constitution 6.71');
    expect(errors(copy.root)).toEqual([]);
  });

  it('does what the editors’ guide shows in its worked example', () => {
    const { copy } = renumbered(false);
    // The guide runs the command, then shows parts of the files it writes: each must be in the files written here.
    applyWorkedExample(
      workedExampleSteps(readFileSync(join(projectRoot, '.github/CONTRIBUTING.md'), 'utf8')).filter(
        (s) => s.example === 16 && s.kind !== 'run',
      ),
      copy,
    );
    expect(copy.read('content/west-sussex/glossary.yaml')).toContain(
      '    expansion: Child Exploitation\n    source: constitution 6.81 (a sub-group)',
    );
  });

  it('with --new-ids renames the files and keeps every old address answering with a redirect', () => {
    const { copy, run } = renumbered(true);
    expect(run.report).toContain('  6.71 → 6.81   id 6-71 → 6-81-2, old address redirects');
    const addresses = copy.read(`content/${DOC}/addresses.yaml`);
    expect(addresses).toContain('  - { id: 6-71, movedTo: 6-81-2 }\n  - 6-81-2');
    // The example amendment to 6.76 follows the clause to its new id.
    expect(copy.read(`content/${DOC}/amendments.yaml`)).toContain('      - clause: 6-86\n');
    expect(errors(copy.root)).toEqual([]);
  });

  it('reports a link whose printed words still name the clause’s old number, at its file and line, and leaves the words as they are', () => {
    const copy = copyRealContent();
    const file = `${CLAUSES}/6-57-iii.mdx`;
    // A cross-reference as a document prints one: its words say 6.7, its link is the clause that becomes 6.8.
    copy.write(file, `${copy.read(file)}\nSub-groups are set out in [paragraph 6.7](clause:6-7-2).\n`);
    const run = runRenumber({ root: copy.root, document: DOC, from: '6-7-2', to: '6.8', decision });
    const report = run.report.split('\n');
    expect(report.slice(report.indexOf('References whose printed words now name the wrong number (1):'))).toEqual([
      'References whose printed words now name the wrong number (1):',
      `  ${file}:10  "paragraph 6.7" names 6.7, which is now numbered 6.8: the printed words are the document's, so change them only by an amendment`,
    ]);
    expect(run.edits.some((e) => e.path === file)).toBe(false);
  });

  it('refuses a number two clauses print, naming both ids', () => {
    expect(() => runRenumber({ root: copyRealContent().root, document: DOC, from: '6.7', to: '6.8' })).toThrow(
      '"6.7" is printed by 2 clauses (ids 6-7-2, 6-7); name the one to renumber by its id',
    );
  });
});
