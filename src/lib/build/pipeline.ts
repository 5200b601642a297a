/**
 * The steps of `npm run build` (scripts/build.ts) from its command line, so
 * every step builds the same project as of the same day:
 *
 *   --root DIR     the project to build (default: this one). The check reads
 *                  DIR/content; astro builds DIR (its own --root, run in DIR,
 *                  where the pages read content from the working directory)
 *                  into DIR/.dist-staging; the search index and the link check
 *                  read that, and only when every step has passed does it
 *                  replace DIR/dist (publish.ts): a failed build publishes
 *                  nothing and leaves dist/ as it was.
 *   --as-of DATE   the day duties are judged as of: the check's --as-of, and
 *                  GOVERNANCE_AS_OF for astro, whose pages, feeds and JSON
 *                  read the clock from the environment (src/lib/publishing/).
 *
 * The search index is its own step after astro's (the same integration
 * file, src/integrations/pagefind.ts, told by SEARCH_INDEX_ENV to leave it to
 * this step): Pagefind's service then never runs beside astro's build
 * process, and the two peaks of memory do not add up (about 1 GB each at
 * 10,000 clauses; see scripts/bench/README.md).
 *
 * Anything else (`--format github`) goes to the check alone. Pure: the
 * script runs the steps.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { AS_OF_ENV } from '../compliance/clock.ts';

/** Set to `separate` for astro build: the pipeline indexes the site itself, in the next step. */
export const SEARCH_INDEX_ENV = 'GOVERNANCE_SEARCH_INDEX';

export interface BuildStep {
  name: string;
  /** Arguments to the Node that runs the build. */
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface BuildPlanInputs {
  argv: string[];
  /** This project, where scripts/ lives. */
  projectRoot: string;
  /** Path of astro's bin/astro.mjs. */
  astroBin: string;
  env: Record<string, string | undefined>;
}

export interface BuildPlan {
  /** The project being built, absolute. */
  root: string;
  /** Where the published site is: `<root>/dist`, replaced only once every step has passed (publish.ts). */
  dist: string;
  /** Where the site is built, indexed and link-checked first: `<root>/.dist-staging`. */
  staging: string;
  steps: BuildStep[];
}

export function buildPlan({ argv, projectRoot, astroBin, env }: BuildPlanInputs): BuildPlan {
  const { values, tokens } = parseArgs({
    args: argv,
    options: { root: { type: 'string' }, 'as-of': { type: 'string' } },
    strict: false,
    tokens: true,
  });
  const root = resolve(typeof values.root === 'string' ? values.root : projectRoot);
  const asOf = typeof values['as-of'] === 'string' ? values['as-of'] : undefined;
  // Everything but --root is the check's (it reads --as-of itself); keep the order given.
  const rootArgs = new Set<number>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== 'root') continue;
    rootArgs.add(token.index);
    if (token.inlineValue === false) rootArgs.add(token.index + 1);
  }
  const checkArgs = argv.filter((_, i) => !rootArgs.has(i));
  const dist = join(root, 'dist');
  const staging = join(root, '.dist-staging');
  const stepEnv = { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...(asOf ? { [AS_OF_ENV]: asOf } : {}) };
  return {
    root,
    dist,
    staging,
    steps: [
      { name: 'check', args: [join(projectRoot, 'scripts/check.ts'), '--root', root, ...checkArgs], cwd: root, env: stepEnv },
      {
        name: 'astro build',
        args: [astroBin, 'build', '--root', root, '--outDir', staging],
        cwd: root,
        env: { ...stepEnv, [SEARCH_INDEX_ENV]: 'separate' },
      },
      { name: 'search index', args: [join(projectRoot, 'scripts/search-index.ts'), staging], cwd: root, env: stepEnv },
      { name: 'link check', args: [join(projectRoot, 'scripts/check-links.ts'), staging], cwd: root, env: stepEnv },
    ],
  };
}
