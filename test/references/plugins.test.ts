/**
 * Fixture cases for the three reference plugins: each folder under
 * fixtures/ (other than content/) holds input.md, the clause file it is
 * compiled as (case.yaml), and the expected HTML (output.html). Each case is
 * rendered through the build's one clause pipeline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURE_ROOT, renderWithRemark } from './render-markdown.ts';

interface Case {
  name: string;
  description: string;
  file: string;
  input: string;
  output: string;
}

const cases: Case[] = readdirSync(FIXTURE_ROOT)
  .filter((name) => existsSync(join(FIXTURE_ROOT, name, 'case.yaml')))
  .map((name) => {
    const dir = join(FIXTURE_ROOT, name);
    const meta = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as { description: string; file: string };
    return {
      name,
      ...meta,
      input: readFileSync(join(dir, 'input.md'), 'utf8'),
      output: readFileSync(join(dir, 'output.html'), 'utf8').trim(),
    };
  });

describe('reference plugins on fixtures', () => {
  it('has positive and negative fixture cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
  for (const c of cases) {
    it(`${c.description} (${c.name})`, async () => {
      expect(await renderWithRemark(c.input, c.file)).toBe(c.output);
    });
  }
});
