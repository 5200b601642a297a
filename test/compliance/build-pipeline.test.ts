/** The build's steps from its command line: --root and --as-of reach every step (src/lib/build/pipeline.ts). */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/build/pipeline.ts';

const plan = (argv: string[], env: Record<string, string | undefined> = {}) =>
  buildPlan({ argv, projectRoot: '/project', astroBin: '/project/node_modules/astro/bin/astro.mjs', env });
const step = (p: ReturnType<typeof plan>, name: string) => p.steps.find((s) => s.name === name)!;

describe('the build plan', () => {
  it('builds this project into a staging folder beside its dist/ when no root is given', () => {
    const p = plan([]);
    expect(p.steps.map((s) => s.name)).toEqual(['check', 'astro build', 'search index', 'link check']);
    expect(step(p, 'check').args).toEqual(['/project/scripts/check.ts', '--root', '/project']);
    expect(step(p, 'astro build').args).toEqual([
      '/project/node_modules/astro/bin/astro.mjs',
      'build',
      '--root',
      '/project',
      '--outDir',
      '/project/.dist-staging',
    ]);
    expect(step(p, 'search index').args).toEqual(['/project/scripts/search-index.ts', '/project/.dist-staging']);
    expect(step(p, 'link check').args).toEqual(['/project/scripts/check-links.ts', '/project/.dist-staging']);
    expect(p.dist).toBe('/project/dist');
  });

  it('leaves the search index to its own step after astro build, so the two never hold memory at once', () => {
    const p = plan([]);
    expect(step(p, 'astro build').env.GOVERNANCE_SEARCH_INDEX).toBe('separate');
    expect(step(p, 'search index').env.GOVERNANCE_SEARCH_INDEX).toBeUndefined();
  });

  it('gives --root to the check, to astro (run in that folder) and, as its staging folder, to the search index and the link check', () => {
    for (const argv of [['--root', '/copy'], ['--root=/copy']]) {
      const p = plan(argv);
      expect(p.dist).toBe('/copy/dist');
      expect(step(p, 'check').args.slice(1)).toEqual(['--root', '/copy']);
      expect(step(p, 'astro build').args.slice(2)).toEqual(['--root', '/copy', '--outDir', '/copy/.dist-staging']);
      expect(step(p, 'search index').args[1]).toBe('/copy/.dist-staging');
      expect(step(p, 'link check').args[1]).toBe('/copy/.dist-staging');
      expect(p.steps.every((s) => s.cwd === '/copy')).toBe(true);
    }
  });

  it('passes --as-of to the check and, as GOVERNANCE_AS_OF, to astro, over one already set', () => {
    const p = plan(['--as-of', '2027-01-31', '--format', 'github'], { GOVERNANCE_AS_OF: '2026-01-01' });
    expect(step(p, 'check').args.slice(3)).toEqual(['--as-of', '2027-01-31', '--format', 'github']);
    expect(step(p, 'astro build').env.GOVERNANCE_AS_OF).toBe('2027-01-31');
    expect(step(p, 'astro build').args).not.toContain('--as-of');
  });

  it('leaves GOVERNANCE_AS_OF as the environment has it when no --as-of is given', () => {
    expect(step(plan([], { GOVERNANCE_AS_OF: '2026-01-01' }), 'astro build').env.GOVERNANCE_AS_OF).toBe('2026-01-01');
    expect(step(plan([]), 'astro build').env.GOVERNANCE_AS_OF).toBeUndefined();
  });
});
