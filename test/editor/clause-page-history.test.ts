/**
 * The built clause pages' "Last changed" line: a page that shows sub-clauses
 * takes the newest change to any of their files and says so; a clause with
 * none takes its own file's. Both link to the clause's own file's history.
 */
import { describe, expect, it } from 'vitest';
import { readContentHistory } from '../../src/lib/history/content-history.ts';
import { lastChangedView } from '../../src/lib/history/last-changed-view.ts';
import { newestChange } from '../../src/lib/history/newest-change.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { builtFile, textOf } from '../publishing/built-files.ts';

const CLAUSES = 'content/west-sussex/constitution/clauses';
const lastChangedLine = (html: string) => textOf(/<p class="govuk-body-s last-changed">[\s\S]*?<\/p>/.exec(html)?.[0] ?? '').trim();

describe('Last changed on a built clause page', () => {
  const history = readContentHistory({ root: projectRoot });

  it('dates clause 6.53 by the newest change to it or its sub-clauses i) to iv), and says so', () => {
    const files = ['6-53', '6-53-i', '6-53-ii', '6-53-iii', '6-53-iv'].map((id) => `${CLAUSES}/${id}.mdx`);
    const view = lastChangedView(newestChange(files.map((file) => history.lastChanged(file))), { withSubClauses: true });
    const html = builtFile('west-sussex/constitution/6-53/');
    expect(lastChangedLine(html)).toBe(`${view.text}${view.date ? ` ${view.date.text}` : ''} — history of this clause’s own file`);
    expect(html).toContain(
      `href="https://github.com/example-partnership/governance/commits/main/${CLAUSES}/6-53.mdx">history of this clause’s own file</a>`,
    );
  });

  it('dates a clause without sub-clauses by its own file', () => {
    const view = lastChangedView(history.lastChanged(`${CLAUSES}/6-53-i.mdx`));
    expect(lastChangedLine(builtFile('west-sussex/constitution/6-53-i/'))).toBe(
      `${view.text}${view.date ? ` ${view.date.text}` : ''} — history of this file`,
    );
  });
});
