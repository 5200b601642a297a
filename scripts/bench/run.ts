/**
 * `npm run bench -- --clauses 10000`: builds a synthetic corpus with the real
 * pipeline (check, astro build, search index, link gate) and, in the
 * same run, the same clause bodies with a bare Astro project; prints per
 * phase the wall time, ms per clause, peak RSS of the process tree, output
 * size, the Pagefind index, and the ratio of our full pipeline to the bare
 * render. Results are kept in scripts/bench/README.md.
 *
 *   --clauses N   corpus size (default 1000)
 *   --keep        leave the generated projects in the temporary folder for inspection
 *
 * Both projects live in a fresh folder under the system's temporary folder,
 * outside this repository; ours is made a git repository with one commit,
 * so "Last changed" is read from history as in a real deployment.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareProject } from './bare-project.ts';
import { generateCorpus } from './generate-corpus.ts';
import { runPhase, type PhaseResult } from './run-phase.ts';

const { values } = parseArgs({ options: { clauses: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const clauses = Number(values.clauses);
if (!Number.isInteger(clauses) || clauses < 10) throw new Error('--clauses takes a whole number of at least 10');

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), `governance-bench-${clauses}-`));
const asOf = '2026-11-01';

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
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

// Our project: its own src/, scripts/ and config, the generated content, in a one-commit repository.
const full = join(work, 'full');
for (const item of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
  cpSync(join(root, item), join(full, item), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(full, 'node_modules'));
writeCorpus(full);
cpSync(join(root, 'content/legislation.yaml'), join(full, 'content/legislation.yaml'));
writeFileSync(
  join(full, 'content/site.yaml'),
  `name: Benchmark\nbaseUrl: https://bench.example.org\ncompliance:\n  asOf: ${asOf}\n  warningDays: 30\n`,
);
writeFileSync(join(full, '.gitignore'), 'node_modules\ndist\n.astro\n');
const git = (...args: string[]) => execFileSync('git', args, { cwd: full, stdio: 'ignore' });
git('init', '-q');
git('add', '-A');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-qm', 'Benchmark corpus');

const bare = join(work, 'bare');
writeBareProject(bare);
symlinkSync(join(root, 'node_modules'), join(bare, 'node_modules'));
writeCorpus(bare);

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
// The npm scripts' own preload: Node's compile cache (empty at first, in the work folder), so a second run starts faster.
const cache = ['--import', join(full, 'scripts/compile-cache.mjs')];
const env = { NODE_COMPILE_CACHE: join(work, 'compile-cache') };
const phases: PhaseResult[] = [];
for (const [name, args, extra] of [
  ['check (first run)', [...cache, 'scripts/check.ts'], {}],
  ['check (again)', [...cache, 'scripts/check.ts'], {}],
  // As npm run build runs them (src/lib/build/pipeline.ts): the search index as its own step.
  ['astro build', [...cache, astro, 'build'], { GOVERNANCE_SEARCH_INDEX: 'separate' }],
  ['search index', [...cache, 'scripts/search-index.ts', 'dist'], {}],
  ['link check', [...cache, 'scripts/check-links.ts', 'dist'], {}],
] as const)
  phases.push(await runPhase(name, full, [...args], { ...env, ...extra }));
const bareBuild = await runPhase('bare astro build', bare, [astro, 'build']);

for (const phase of [...phases, bareBuild]) {
  if (!phase.ok) {
    console.error(`✖ ${phase.name} failed:\n${phase.output.slice(-4000)}`);
    process.exit(1);
  }
}

// The pipeline an editor's pull request runs: one check, the build, the search index, the link gate.
const pipeline = [phases[0]!, phases[2]!, phases[3]!, phases[4]!];
const fullMs = pipeline.reduce((sum, p) => sum + p.ms, 0);
const indexing = /indexed (\d+) clause records in (\d+) ms/.exec(phases[3]!.output);
const dist = folder(join(full, 'dist'));
const index = folder(join(full, 'dist/pagefind'));
const bareDist = folder(join(bare, 'dist'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const row = (name: string, ms: number, rss: number, size = '') =>
  `| ${name} | ${(ms / 1000).toFixed(2)} s | ${(ms / clauses).toFixed(3)} | ${rss.toFixed(0)} MB | ${size} |`;

console.log(`\nBenchmark: ${clauses} clauses (${new Date().toISOString().slice(0, 10)}, node ${process.version}, work folder ${work})\n`);
console.log('| phase | wall | ms/clause | peak RSS | output |\n|---|---|---|---|---|');
for (const phase of phases) {
  const size = phase === phases[2] ? `${mb(dist.bytes)}, ${dist.files} files` : '';
  console.log(row(phase.name, phase.ms, phase.peakRssMb, size));
}
console.log(row('**full pipeline** (check, build, search index, links)', fullMs, Math.max(...pipeline.map((p) => p.peakRssMb))));
console.log(row('bare Astro render', bareBuild.ms, bareBuild.peakRssMb, `${mb(bareDist.bytes)}, ${bareDist.files} files`));
console.log(
  `\nPagefind index: ${mb(index.bytes)} in ${index.files} files${indexing ? `; ${indexing[1]} records indexed in ${(Number(indexing[2]) / 1000).toFixed(2)} s` : ''}`,
);
console.log(`Ratio full pipeline / bare render: ${(fullMs / bareBuild.ms).toFixed(2)}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
