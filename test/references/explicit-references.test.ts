/**
 * Explicit references (`[text](clause:…)`, `[text](doc:…)`) that point
 * nowhere fail the build, and `checkExplicitReferences` reports them first.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { ContentErrors, formatContentError } from '../../src/lib/errors/content-error.ts';
import { checkExplicitReferences } from '../../src/lib/references/index.ts';
import { scratchDir } from '../helpers/copy-fixture.ts';
import { FIXTURE_ROOT, renderWithRemark } from './render-markdown.ts';

const CLAUSE = 'content/west-sussex/constitution/clauses/6-71.mdx';

/** A copy of the fixture content in test/.tmp, so a test can break a clause. */
function copyOfFixtures(): string {
  const root = scratchDir('references');
  cpSync(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

async function failure(render: () => Promise<string>): Promise<ContentErrors> {
  try {
    await render();
  } catch (error) {
    if (error instanceof ContentErrors) return error;
    throw error;
  }
  throw new Error('expected the render to fail');
}

describe('a dangling explicit reference', () => {
  it('fails the build naming the file, line, column, the reference and the nearest valid ids', async () => {
    const error = await failure(() => renderWithRemark('Intro.\n\nQuorum rules are in [6.53](clause:6-35).', CLAUSE));
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    expect(problem).toMatchObject({ file: CLAUSE, line: 3, column: 21, field: 'clause:6-35', rule: 'reference', severity: 'error' });
    expect(error.message).toContain(
      `${CLAUSE}:3:21  error  clause:6-35: dangling reference (no clause "6-35" in west-sussex/constitution); nearest valid: clause:6-25, clause:6-5, clause:6-2  [reference]`,
    );
  });

  it('fails the render with a hint instead of the details in toString()', async () => {
    const error = await failure(() => renderWithRemark('Quorum rules are in [6.53](clause:6-35).', CLAUSE));
    expect(error.message).toContain(
      `${CLAUSE}:1:21  error  clause:6-35: dangling reference (no clause "6-35" in west-sussex/constitution); nearest valid: clause:6-25, clause:6-5, clause:6-2  [reference]`,
    );
    // Astro's overlay guesses "Browser APIs are not available" for errors whose toString() says "document".
    expect(String(error)).toBe('ContentErrors: 1 content problem');
  });

  it('renders when every explicit reference resolves', async () => {
    expect(await renderWithRemark('Quorum rules are in [6.53](clause:6-53).', CLAUSE)).toContain('href="/west-sussex/constitution/6-53/"');
  });

  it('suggests the nearest documents when the document does not exist', async () => {
    const error = await failure(() =>
      renderWithRemark('See [the agreement](doc:colaborative-working-agreement) and [8.1](clause:sufolk/protocol/8-1).', CLAUSE),
    );
    expect(error.problems.map((e) => e.message)).toEqual([
      'dangling reference (no document "colaborative-working-agreement"); nearest valid: doc:collaborative-working-agreement, doc:arrangements, doc:constitution',
      'dangling reference (no document "sufolk/protocol"); nearest valid: clause:suffolk/protocol/8-1',
    ]);
  });

  it('is reported by checkExplicitReferences before the build, at its line in the clause file', () => {
    const root = copyOfFixtures();
    const file = join(root, CLAUSE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('(clause:6-53)', '(clause:6-530)'));
    const [problem, ...rest] = checkExplicitReferences(loadContent({ root }));
    expect(rest).toEqual([]);
    expect(formatContentError(problem!)).toBe(
      `${CLAUSE}:7:79  error  clause:6-530: dangling reference (no clause "6-530" in west-sussex/constitution); nearest valid: clause:6-53, clause:6-5, clause:6-52  [reference]\n` +
        '  hint: point the link at an existing clause id (the file name in clauses/, without .mdx): clause:<id> in this document, clause:<document>/<id> or clause:<partnership>/<document>/<id> elsewhere; doc:<document> for a whole document',
    );
  });

  it('finds nothing to report in the fixture content as it is', () => {
    expect(checkExplicitReferences(loadContent({ root: FIXTURE_ROOT }))).toEqual([]);
  });
});
