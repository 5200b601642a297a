/**
 * The flat-YAML fast path (src/lib/content/flat-yaml.ts) must read exactly
 * what the `yaml` package reads, value and lines, or decline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFlatYaml } from '../../src/lib/content/flat-yaml.ts';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';

const frontmatter = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
const contentFiles = (readdirSync(join(projectRoot, 'content'), { recursive: true }) as string[]).filter((f) => /\.(mdx|yaml)$/.test(f));
const realTexts = contentFiles.map((f) => {
  const text = readFileSync(join(projectRoot, 'content', f), 'utf8');
  return f.endsWith('.mdx') ? (frontmatter(text) ?? '') : text;
});
const corpusTexts = [...generateCorpus({ clauses: 400, asOf: '2026-11-01' }).entries()].map(([path, text]) =>
  path.endsWith('.mdx') ? (frontmatter(text) ?? '') : text,
);
const NEAR_MISSES = [
  'id: 6-53',
  'order: 30',
  'order: 030',
  'order: 3.5',
  'order: -1',
  'number: 6.53',
  'number: "6.53"',
  "number: '6.53'",
  'heading: Quoracy',
  'heading: Yes',
  'heading: true',
  'heading: null',
  'heading: ~',
  'heading: .inf',
  'heading: 0x1F',
  'heading: 1e3',
  'heading: A: b',
  'heading: A #b',
  'heading: A\u00a0b',
  'heading: Ünïcödé – “quoted” ’s',
  'heading: trailing ',
  'topics: []',
  'topics: [a, b]',
  'topics: [a, , b]',
  'topics: [a,]',
  'topics: ["a, b"]',
  'topics: [true]',
  'topics: [1, 2]',
  'id: a\nid: b',
  '  id: a',
  'id: a # note',
  '# comment\nid: a',
  'id: a\n\norder: 2',
  'duties:\n  - id: x',
  'heading: "esc \\" aped"',
  'published: 2019-06-25',
  'x: 6.',
  'x: 1_000',
  'x: 6-5-2',
  'x: 1.1.1',
  'x: 12:30',
  'x: 0o17',
  'x: +5',
  'heading: -dash',
  'heading: [unclosed',
  'heading: a]',
  'heading: !tag',
  'heading: &anchor',
  'heading: *alias',
  'heading: |',
  'heading: >',
  'heading: @x',
  'heading: `x',
];

/** What the project's YAML reader takes from the `yaml` package: the value, and each key's line. */
function viaYamlPackage(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const lines = new Map<string, number>();
  for (const pair of doc.contents.items)
    lines.set(String((pair.key as { value: unknown }).value), lineCounter.linePos((pair.key as Node).range![0]).line);
  const seqLines = doc.contents.items
    .filter((p) => isSeq(p.value))
    .flatMap((p) => (p.value as { items: Node[] }).items.map((item) => lineCounter.linePos(item.range![0]).line));
  return { data: doc.toJS(), lines, seqLines, first: lineCounter.linePos(doc.contents.range![0]).line };
}

describe('the flat-YAML fast path', () => {
  it.each([
    ['the real content (frontmatter and data files)', realTexts],
    ['the benchmark corpus', corpusTexts],
    ['near misses', NEAR_MISSES],
  ])('reads exactly what the yaml package reads, lines included, or declines, for %s', (_name, texts) => {
    for (const text of texts) {
      const flat = parseFlatYaml(text);
      if (!flat) continue;
      const expected = viaYamlPackage(text);
      expect(expected, text).toBeDefined();
      expect(flat.data, text).toEqual(expected!.data);
      expect(flat.lines, text).toEqual(expected!.lines);
      expect(Math.min(...flat.lines.values())).toBe(expected!.first);
      // A list is on its key's line, so every item is too.
      for (const line of expected!.seqLines) expect([...flat.lines.values()]).toContain(line);
    }
  });

  it('reads most clause frontmatter', () => {
    const mdx = contentFiles
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => frontmatter(readFileSync(join(projectRoot, 'content', f), 'utf8')) ?? '');
    expect(mdx.filter((t) => parseFlatYaml(t)).length / mdx.length).toBeGreaterThan(0.8);
  });

  it('declines what it cannot be sure of', () => {
    for (const text of ['number: 6.53', 'heading: true', 'id: a\nid: b', 'duties:\n  - id: x', 'id: a # note', 'topics: ["a, b"]'])
      expect(parseFlatYaml(text), text).toBeUndefined();
  });
});
