/**
 * The fast path for plain prose (src/lib/markdown/plain-prose.ts) must build
 * exactly the tree micromark builds, positions included, or decline.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { parseWithMicromark } from '../../src/lib/markdown/parse-clause-body.ts';
import { isPlainProseFile, plainProseTree } from '../../src/lib/markdown/plain-prose.ts';
import { visit } from 'unist-util-visit';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';

const wholeFile = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const realFiles = loadContent({ root: projectRoot }).clauses.map((c) => readFileSync(join(projectRoot, c.file), 'utf8'));
const bodies = (files: Iterable<string>) => [...files].map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));
const realBodies = loadContent({ root: projectRoot }).clauses.map((c) => c.body);
const corpusBodies = bodies(
  [...generateCorpus({ clauses: 600, asOf: '2026-11-01' })].filter(([path]) => path.endsWith('.mdx')).map(([, text]) => text),
);

/** Bodies that look plain but are not, or are plain in ways easy to get wrong. */
const NEAR_MISSES = [
  '',
  '\n',
  'One.',
  'One.\n',
  '\n\nOne.\n\n\nTwo.\n',
  'Line one\nline two\n',
  '- a\n- b\n',
  'Intro:\n\n- a\n- b\n\nAfter.\n',
  '- a\n\n- b\n',
  'Text\n- a\n',
  '- a\nlazy\n',
  '- - a\n',
  '-\n',
  '- \n',
  '---\n',
  'Title\n===\n',
  'Title\n---\n',
  '1. first\n',
  '2019) year\n',
  '> quote\n',
  '+ plus\n',
  '= sign\n',
  'import x from "y"\n',
  'export const a = 1\n',
  'important point\n',
  'exported goods\n',
  ' leading space\n',
  'trailing space \n',
  'hard  \nbreak\n',
  'tab\there\n',
  'crlf\r\n',
  'see www.example.org\n',
  'mail a@b.org\n',
  'https://example.org\n',
  'a *b* c\n',
  'a_b_c\n',
  'a [b](c)\n',
  'a <b>\n',
  'a {b}\n',
  'a &amp; b\n',
  'a \\ b\n',
  'a | b\n',
  'a ~b~\n',
  '# h\n',
  'a `b`\n',
  'Children Act 2004 (Section 16E), 6.52 above; the WSSCP’s “role” – not — that.\n',
  'Ünïcödé line\n',
  'emoji 🙂 here\nnext 🙂 line\n',
  '- item 🙂\n- ünï\n',
  '10.3 The routes identified in 8.1 and 8.2.\n',
  '   \n',
  'a\n   \nb\n',
];

describe('the plain-prose fast path', () => {
  it.each([
    ['the real clauses', realBodies],
    ['the benchmark corpus', corpusBodies],
    ['near misses', NEAR_MISSES],
  ])('builds exactly micromark’s tree, or declines, for %s', (_name, list) => {
    for (const body of list) {
      const fast = plainProseTree(body);
      if (fast) expect(fast, JSON.stringify(body)).toEqual(parseWithMicromark(body));
    }
  });

  it("calls a whole file plain only when the safety check's own parse of it holds nothing but frontmatter, paragraphs, lists and text", () => {
    const PLAIN_NODES = new Set(['root', 'yaml', 'paragraph', 'list', 'listItem', 'text']);
    let taken = 0;
    for (const text of realFiles) {
      if (!isPlainProseFile(text)) continue;
      taken++;
      visit(wholeFile.parse(text), (node) => {
        expect(PLAIN_NODES, node.type).toContain(node.type);
      });
    }
    expect(taken).toBeGreaterThan(realFiles.length / 2);
  });

  it('takes most clause bodies, so the check and the build skip micromark for them', () => {
    const taken = (list: string[]) => list.filter((b) => plainProseTree(b)).length / list.length;
    expect(taken(corpusBodies)).toBeGreaterThan(0.95);
    expect(taken(realBodies)).toBeGreaterThan(0.5);
  });

  it('declines anything with Markdown, GFM or MDX syntax in it', () => {
    for (const body of ['a *b*\n', 'a <b>\n', '{x}\n', 'import a\n', '1. a\n', '- a\n\n- b\n', 'Text\n- a\n', 'www.x.org\n']) {
      expect(plainProseTree(body), body).toBeUndefined();
    }
  });
});
