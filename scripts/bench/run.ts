/**
 * `npm run bench -- --clauses 10000`: builds a synthetic corpus with the real
 * pipeline (check, astro build + search index, link gate) and, in the same
 * run, the same clause bodies with a bare Astro project; prints per phase the
 * wall time, ms per clause, peak RSS, output size, the Pagefind index, and
 * the ratio of our full pipeline to the bare render. Results go in README.md.
 *
 *   --clauses N   corpus size (default 1000)
 *   --keep        leave the generated projects in test/.tmp/bench-N for inspection
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareProject } from './bare-project.ts';
import { generateCorpus } from './generate-corpus.ts';
import { runPhase, type PhaseResult } from './run-phase.ts';

const { values } = parseArgs({ options: { clauses: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const clauses = Number(values.clauses);
if (!Number.isInteger(clauses) || clauses < 10) throw new Error('--clauses takes a whole number of at least 10');

const root = new URL('../..', import.meta.url).pathname;
const work = join(root, 'test/.tmp', `bench-${clauses}`);
const asOf = '2026-11-01';
rmSync(work, { recursive: true, force: true });

function writeCorpus(dir: string) {
  for (const [path, text] of generateCorpus({ clauses, asOf })) {
    mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
}

function folder(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) { bytes += stat.size; files++; }
  }
  return { bytes, files };
}

// Our project: its own src/, scripts/ and config, the generated content.
const full = join(work, 'full');
for (const item of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, item), join(full, item), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(full, 'node_modules'));
writeCorpus(full);
cpSync(join(root, 'content/legislation.yaml'), join(full, 'content/legislation.yaml'));
writeFileSync(join(full, 'content/site.yaml'), `name: Benchmark\nbaseUrl: https://bench.example.org\ncompliance:\n  asOf: ${asOf}\n  warningDays: 30\n`);

const bare = join(work, 'bare');
writeBareProject(bare);
symlinkSync(join(root, 'node_modules'), join(bare, 'node_modules'));
writeCorpus(bare);

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const phases: PhaseResult[] = [
  runPhase('check', full, ['scripts/check.ts']),
  runPhase('astro build + search index', full, [astro, 'build']),
  runPhase('link check', full, ['scripts/check-links.ts']),
];
const bareBuild = runPhase('bare astro build', bare, [astro, 'build']);

for (const phase of [...phases, bareBuild]) {
  if (!phase.ok) {
    console.error(`✖ ${phase.name} failed:\n${phase.output.slice(-4000)}`);
    process.exit(1);
  }
}

const fullMs = phases.reduce((sum, p) => sum + p.ms, 0);
const dist = folder(join(full, 'dist'));
const index = folder(join(full, 'dist/pagefind'));
const bareDist = folder(join(bare, 'dist'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const row = (name: string, ms: number, rss: number | string, size = '') =>
  `| ${name} | ${(ms / 1000).toFixed(1)} s | ${(ms / clauses).toFixed(2)} | ${typeof rss === 'number' ? `${rss.toFixed(0)} MB` : rss} | ${size} |`;

console.log(`\nBenchmark: ${clauses} clauses (${new Date().toISOString().slice(0, 10)}, node ${process.version})\n`);
console.log('| phase | wall | ms/clause | peak RSS | output |\n|---|---|---|---|---|');
console.log(row('check', phases[0]!.ms, phases[0]!.peakRssMb));
console.log(row('astro build + search index', phases[1]!.ms, phases[1]!.peakRssMb, `${mb(dist.bytes)}, ${dist.files} files`));
console.log(row('link check', phases[2]!.ms, phases[2]!.peakRssMb));
console.log(row('**full pipeline**', fullMs, Math.max(...phases.map((p) => p.peakRssMb))));
console.log(row('bare Astro render', bareBuild.ms, bareBuild.peakRssMb, `${mb(bareDist.bytes)}, ${bareDist.files} files`));
console.log(`\nPagefind index: ${mb(index.bytes)} in ${index.files} files`);
console.log(`Ratio full pipeline / bare render: ${(fullMs / bareBuild.ms).toFixed(2)}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
