/**
 * The GitHub workflow files, linted offline by action-validator (a
 * maintained validator shipped as WebAssembly on npm, checking each file
 * against the published workflow schema), then read for the few things this
 * project relies on: full history, Node from .nvmrc, and the right commands.
 */
import validator from '@action-validator/core';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/copy-fixture.ts';

const DIR = join(projectRoot, '.github/workflows');
const files = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps?: Step[] }>;
}
const workflow = (name: string) => parse(read(name)) as Workflow;
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps ?? []);
const runs = (name: string) => steps(name).flatMap((step) => (step.run ? [step.run] : []));

describe('GitHub workflows', () => {
  it('has the pull-request, scheduled and deploy workflows', () => {
    expect(files).toEqual(['deploy.yml', 'pull-request.yml', 'scheduled.yml']);
  });

  it.each(files)('%s passes the workflow linter', (name) => {
    expect(validator.validateWorkflow(read(name)).errors).toEqual([]);
  });

  it('has a linter that does reject a broken workflow', () => {
    const broken = 'on: pull_request\njobs:\n  check:\n    runs-on: ubuntu-latest\n    step:\n      - run: npm test\n';
    expect(validator.validateWorkflow(broken).errors).not.toEqual([]);
  });

  it.each(files)('%s checks out the full history and sets up Node from .nvmrc', (name) => {
    const checkout = steps(name).filter((step) => step.uses?.startsWith('actions/checkout@'));
    const setupNode = steps(name).filter((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(checkout.map((step) => step.with?.['fetch-depth'])).toEqual([0]);
    expect(setupNode.map((step) => step.with?.['node-version-file'])).toEqual(['.nvmrc']);
  });

  it('installs, checks with annotations, builds once and tests that build on every pull request', () => {
    expect(Object.keys(workflow('pull-request.yml').on)).toContain('pull_request');
    expect(runs('pull-request.yml').filter((run) => run.startsWith('npm ') && !run.includes('\n'))).toEqual([
      'npm ci',
      'npm run check -- --format github',
      'npm run build',
      'npm test',
    ]);
    // Without SKIP_BUILD the tests' global setup would build the site a second time.
    expect(steps('pull-request.yml').find((step) => step.run === 'npm test')?.env).toMatchObject({ SKIP_BUILD: '1' });
  });

  it('builds once a day even when nobody pushes', () => {
    const schedule = workflow('scheduled.yml').on.schedule as Array<{ cron: string }>;
    expect(schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(runs('scheduled.yml')).toEqual(expect.arrayContaining(['npm ci', 'npm run build']));
  });

  it('deploys to GitHub Pages by default after a full build', () => {
    expect(runs('deploy.yml')).toContain('npm run build');
    expect(steps('deploy.yml').map((step) => step.uses?.split('@')[0])).toEqual(
      expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages']),
    );
    expect(read('deploy.yml')).toContain("(vars.DEPLOY_TARGET || 'github-pages') == 'github-pages'");
  });

  it('stops a GitHub Pages deploy, before building, unless Pages serves the site at the root of its address', () => {
    const names = steps('deploy.yml').map((step) => step.uses?.split('@')[0] ?? step.run?.split('\n')[0]);
    const guard = steps('deploy.yml').find((step) => step.run?.includes('$BASE_PATH'));
    expect(names.indexOf('actions/configure-pages')).toBeGreaterThan(-1);
    expect(names.indexOf('actions/configure-pages')).toBeLessThan(names.indexOf('npm run build'));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions, compared as the workflow writes them
    expect(guard?.env).toEqual({ BASE_PATH: '${{ steps.pages.outputs.base_path }}', BASE_URL: '${{ steps.pages.outputs.base_url }}' });
    expect(guard?.run).toContain('exit 1');
  });

  it('fails the Pages guard for a project site and passes it at a domain root', () => {
    const guard = steps('deploy.yml').find((step) => step.run?.includes('$BASE_PATH'))!.run!;
    const run = (basePath: string) =>
      spawnSync('bash', ['-c', guard], {
        encoding: 'utf8',
        env: { ...process.env, BASE_PATH: basePath, BASE_URL: `https://example-partnership.github.io${basePath}` },
      });
    const project = run('/governance');
    expect(project.status).toBe(1);
    expect(project.stdout).toContain(
      '::error title=GitHub Pages address::GitHub Pages would publish this site at https://example-partnership.github.io/governance, in the folder /governance',
    );
    expect(run('').status).toBe(0);
  });
});
