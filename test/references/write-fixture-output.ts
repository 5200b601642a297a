/**
 * Writes output.html for reference fixture cases that do not have one yet
 * (or for every case with --all), so a new case starts from what the plugins
 * do now. Read the result before committing it: the expected HTML is the
 * test, not a snapshot to accept blindly.
 *
 *   node test/references/write-fixture-output.ts [--all]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURE_ROOT, renderWithRemark } from './render-markdown.ts';

const all = process.argv.includes('--all');
for (const name of readdirSync(FIXTURE_ROOT)) {
  const dir = join(FIXTURE_ROOT, name);
  if (!existsSync(join(dir, 'case.yaml')) || (!all && existsSync(join(dir, 'output.html')))) continue;
  const { file } = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as { file: string };
  const input = readFileSync(join(dir, 'input.md'), 'utf8');
  const remark = await renderWithRemark(input, file);
  writeFileSync(join(dir, 'output.html'), `${remark}\n`);
  console.log(`✔ ${name}\n${remark}\n`);
}
