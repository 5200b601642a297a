/**
 * `astro build` run directly (or `astro dev`), without our build script's
 * check in front of it, still refuses unsafe clause text and broken
 * references: the site model (src/lib/site-data.ts) runs the MDX safety and
 * reference checks and stops with the same messages `npm run check` prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, copyAstroProject } from '../helpers/project-copies.ts';

const CLAUSE = 'content/demo/handbook/clauses/1-1.mdx';

// Each copy is a scratch folder, removed when this file's tests are done (test/helpers/copy-fixture.ts).

describe('astro build on its own', () => {
  it('builds the fixture project when its clause text is safe', () => {
    const project = copyAstroProject('basic');
    const build = astroBuild(project.root);
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(project.root, 'dist/demo/handbook/1-1/index.html'), 'utf8')).toContain('Three agencies make a quorum.');
  });

  it('stops on a <script> in a clause with the friendly message, before publishing anything', () => {
    const project = copyAstroProject('basic');
    project.edit(
      CLAUSE,
      'Three agencies make a quorum.',
      'Three agencies make a quorum.\n\n<script src="https://example.org/x.js"></script>',
    );
    const build = astroBuild(project.root);
    expect(build.status).toBe(1);
    expect(build.output).toContain(
      `${CLAUSE}:11:1  error  <script>: a <script> element is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]\n  hint: delete the <script>…</script>; the site never runs code from clause text`,
    );
    expect(build.output).not.toMatch(/Stack trace|at .*\.ts:\d+|Browser APIs/);
    expect(existsSync(join(project.root, 'dist/demo/handbook/1-1/index.html'))).toBe(false);
  });

  it('stops on an onclick attribute in a clause, naming its line and column', () => {
    const project = copyAstroProject('basic');
    project.edit(CLAUSE, 'Three agencies make a quorum.', 'Three <strong onclick="alert(1)">agencies</strong> make a quorum.');
    const build = astroBuild(project.root);
    expect(build.status).toBe(1);
    expect(build.output).toContain(
      `${CLAUSE}:9:15  error  onclick="alert(1)": the event-handler attribute onclick on <strong> is not allowed`,
    );
  });

  it('stops on a clause: link to a clause that does not exist, naming its line and column in the clause file', () => {
    const project = copyAstroProject('basic');
    project.edit(CLAUSE, 'Three agencies make a quorum.', 'Three agencies make a [quorum](clause:1-9).');
    const build = astroBuild(project.root);
    expect(build.status).toBe(1);
    expect(build.output).toContain(`${CLAUSE}:9:23  error  clause:1-9: dangling reference (no clause "1-9" in demo/handbook)`);
    expect(build.output).not.toMatch(/Stack trace|at .*\.ts:\d+|Browser APIs/);
  });

  it('stops on an ftp: link and a remote image with the link rule’s words, as the check does', () => {
    const project = copyAstroProject('basic');
    project.edit(
      CLAUSE,
      'Three agencies make a quorum.',
      'Three [agencies](ftp://example.org/a) make a quorum.\n\n![t](https://tracker.example/t.png)',
    );
    const build = astroBuild(project.root);
    expect(build.status).toBe(1);
    expect(build.output).toContain(
      `${CLAUSE}:9:7  error  ftp://example.org/a: ftp: addresses are not allowed; expected an address starting with https://`,
    );
    expect(build.output).toContain(
      `${CLAUSE}:11:1  error  https://tracker.example/t.png: an image from tracker.example is not allowed; expected an image`,
    );
    expect(existsSync(join(project.root, 'dist/demo/handbook/1-1/index.html'))).toBe(false);
  });
});
