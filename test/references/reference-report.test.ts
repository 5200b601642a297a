/**
 * The references section of the editors' report: built over the fixture
 * content, then printed by `npm run check` (runCheck) as text and JSON.
 * Information only: it never changes the check's exit code.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { buildReferenceReport } from '../../src/lib/references/reference-report.ts';
import { FIXTURE_ROOT } from './render-markdown.ts';

const report = buildReferenceReport(loadContent({ root: FIXTURE_ROOT }));
const of = (document: string) => report.documents.find((d) => `${d.partnership}/${d.document}` === document)!;
const AS_OF = '2026-11-01';

describe('the references report', () => {
  it('counts the links made in each document by kind', () => {
    expect(of('west-sussex/constitution').linked).toEqual({ clauses: 2, documents: 3, explicit: 1, legislation: 10, acronyms: 4 });
    expect(of('suffolk/protocol').linked).toMatchObject({ clauses: 2, documents: 0 });
  });

  it('lists what each document names but the site does not publish, with the clause and line that name it', () => {
    expect(of('west-sussex/collaborative-working-agreement').notPublished).toEqual([
      {
        name: 'Figure 2',
        title: 'How we will work',
        mentions: [
          {
            clause: '3',
            label: '3. How we will work',
            file: 'content/west-sussex/collaborative-working-agreement/clauses/3.mdx',
            line: 7,
            text: 'Figure 2',
          },
        ],
      },
    ]);
    expect(of('west-sussex/constitution').notPublished.map((n) => n.name)).toEqual(['Appendix 5']);
  });

  it('lists the mentions left as text with the reason, and not the unpublished ones again', () => {
    expect(of('west-sussex/collaborative-working-agreement').notLinked).toEqual([
      {
        clause: '1',
        label: '1. Purpose of Collaborative Working Agreement',
        file: 'content/west-sussex/collaborative-working-agreement/clauses/1.mdx',
        line: 7,
        text: 'Figure 1',
        kind: 'figure',
        reason: 'not-held',
        why: 'nothing the site holds carries this label',
      },
    ]);
    expect(of('west-sussex/arrangements').notLinked).toEqual([]);
  });

  it('lists acronyms missing from the glossary at their first use', () => {
    expect(report.unknownAcronyms).toEqual([
      { term: 'C&SW', file: 'content/west-sussex/constitution/clauses/11-2.mdx', line: 6, column: 51 },
      { term: 'CSWA', file: 'content/west-sussex/constitution/clauses/3-1.mdx', line: 6, column: 97 },
    ]);
  });
});

describe('the references report in npm run check', () => {
  it('follows the duties in the text report, as information that leaves the exit code alone', () => {
    const run = runCheck({ root: FIXTURE_ROOT, asOf: AS_OF, env: {} });
    expect(run.exitCode).toBe(0);
    const section = run.stdout.slice(run.stdout.indexOf('PASSED:'));
    expect(section).toContain(
      [
        '\n\nReferences (information for editors, not errors)',
        '  suffolk/protocol (Partnership protocol): links 2 to clauses, 0 to documents, 0 explicit, 0 to legislation; 2 acronyms marked',
      ].join('\n'),
    );
    expect(section).toContain(
      [
        '  west-sussex/collaborative-working-agreement (Collaborative Working Agreement): links 2 to clauses, 0 to documents, 0 explicit, 3 to legislation; 1 acronyms marked',
        '    referenced but not published:',
        '      Figure 2: How we will work — named in 3. How we will work (content/west-sussex/collaborative-working-agreement/clauses/3.mdx:7)',
        '    left as text:',
        '      content/west-sussex/collaborative-working-agreement/clauses/1.mdx:7  "Figure 1" (figure): nothing the site holds carries this label',
      ].join('\n'),
    );
    expect(section).toContain(
      '      Appendix A: Membership of Groups\n      Appendix D — named in 7. Learning and development (content/west-sussex/arrangements/clauses/7.mdx:7)',
    );
    expect(
      section.endsWith(
        [
          '  acronyms not in a glossary:',
          '    content/west-sussex/constitution/clauses/11-2.mdx:6:51  C&SW',
          '    content/west-sussex/constitution/clauses/3-1.mdx:6:97  CSWA',
        ].join('\n'),
      ),
    ).toBe(true);
  });

  it('is a references field of the JSON report', () => {
    const json = JSON.parse(runCheck({ root: FIXTURE_ROOT, asOf: AS_OF, format: 'json', env: {} }).stdout);
    expect(json.passed).toBe(true);
    expect(json.references).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('stays out of GitHub annotations, which are for problems', () => {
    expect(runCheck({ root: FIXTURE_ROOT, asOf: AS_OF, format: 'github', env: {} }).stdout).not.toContain('References');
  });
});
