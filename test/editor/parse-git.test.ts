/**
 * The git output parsers, on literal output, including names with spaces
 * and renames.
 */
import { describe, expect, it } from 'vitest';
import { parseLog, parseStatus } from '../../src/lib/history/parse-git.ts';

describe('parsing git output', () => {
  it('reads commits and their files from NUL-separated log output', () => {
    const output =
      '\x1eaaa\x1f2026-03-03T10:15:00+00:00\x1fA. Editor\x1fChange: quorum\0\ncontent/a b.mdx\0content/c.mdx\0\x1ebbb\x1f2026-01-10T09:00:00+00:00\x1fB\x1fFirst\0\ncontent/c.mdx\0';
    expect(parseLog(output)).toEqual([
      {
        hash: 'aaa',
        date: '2026-03-03T10:15:00+00:00',
        author: 'A. Editor',
        subject: 'Change: quorum',
        files: ['content/a b.mdx', 'content/c.mdx'],
      },
      { hash: 'bbb', date: '2026-01-10T09:00:00+00:00', author: 'B', subject: 'First', files: ['content/c.mdx'] },
    ]);
  });

  it('reads changed paths from porcelain status, counting a rename once', () => {
    expect(parseStatus(' M content/a.mdx\0?? content/new file.mdx\0R  content/renamed.mdx\0content/original.mdx\0')).toEqual([
      'content/a.mdx',
      'content/new file.mdx',
      'content/renamed.mdx',
    ]);
  });
});
