/**
 * The project's own content must pass the MDX safety check: every clause
 * file that exists under content/, whatever has been imported so far.
 */
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { checkMdxFile, findMdxFiles } from '../../src/lib/mdx-safety/check-mdx-safety.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';

describe('the real content', () => {
  it('has only Markdown and allowed elements in every .mdx file under content/', () => {
    const problems = findMdxFiles(projectRoot).flatMap((file) => checkMdxFile(projectRoot, file));
    expect(problems.map(formatContentError)).toEqual([]);
  });
});
