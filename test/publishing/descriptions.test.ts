/**
 * Meta descriptions come from the pages' own text: a clause's first sentence,
 * a document's stated purpose or opening sentence, the clause's name when it
 * has no text, and a qualified form where two pages would otherwise match.
 */
import { describe, expect, it } from 'vitest';
import { buildDocumentTree, type TreeNode } from '../../src/lib/content/document-tree.ts';
import type { ClauseEntry, DocumentEntry, PartnershipEntry } from '../../src/lib/content/model.ts';
import { firstSentence, pageDescriptions, truncate } from '../../src/lib/publishing/descriptions.ts';
import { clauseSchema, type ClauseInput } from '../../src/schemas/clause.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { partnershipSchema } from '../../src/schemas/partnership.ts';

const partnership: PartnershipEntry = {
  id: 'demo',
  file: 'content/demo/partnership.yaml',
  data: partnershipSchema.parse({
    name: 'Demo Safeguarding Children Partnership',
    shortName: 'DSCP',
    area: 'Demo',
    leadPartners: ['Demo Council'],
  }),
};

function documentOf(id: string, shortTitle: string, clauses: [ClauseInput, string][]) {
  const document: DocumentEntry = {
    id,
    partnership: 'demo',
    file: `content/demo/${id}/document.yaml`,
    dir: `content/demo/${id}`,
    data: documentSchema.parse({
      title: `Demo ${shortTitle}`,
      shortTitle,
      partnership: 'demo',
      status: 'in-force',
      source: { original: `${id}.txt` },
    }),
  };
  const entries: ClauseEntry[] = clauses.map(([data, body]) => ({
    partnership: 'demo',
    document: id,
    file: `content/demo/${id}/clauses/${data.id}.mdx`,
    data: clauseSchema.parse(data),
    body,
    bodyStartLine: 1,
    lineOf: () => 1,
  }));
  const ordered = buildDocumentTree(entries, (c) => c.data).ordered;
  return { document, partnership, ordered, byId: (clauseId: string) => ordered.find((n) => n.clause.data.id === clauseId)!.clause };
}

const nameOf = (node: TreeNode<ClauseEntry>) => [node.clause.data.number, node.clause.data.heading].filter(Boolean).join(' ');

describe('truncate', () => {
  it('leaves a description of 160 characters or fewer as it is', () => {
    expect(truncate('x'.repeat(160))).toBe('x'.repeat(160));
  });

  it('cuts a longer one at a word and ends it with an ellipsis, within 160 characters', () => {
    const cut = truncate(`${'word '.repeat(40)}end.`);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/ word…$/);
  });
});

describe('firstSentence', () => {
  it('ends at a full stop before a capital, not at "e.g." or a clause number', () => {
    expect(firstSentence('Members, e.g. the police, attend 6.53 meetings. Then more.')).toBe(
      'Members, e.g. the police, attend 6.53 meetings.',
    );
  });

  it('takes the first block, and skips table rows', () => {
    expect(firstSentence('Subject\tPage\nForeword\t2\nLead-in:\nFirst item')).toBe('Lead-in:');
  });

  it('is empty for a clause with no text', () => {
    expect(firstSentence('')).toBe('');
  });
});

describe('pageDescriptions', () => {
  const handbook = documentOf('handbook', 'Handbook', [
    [{ id: 'title', order: 0 }, 'Demo Handbook'],
    [{ id: '1', number: '1.', heading: 'Meetings', order: 10 }, ''],
    [{ id: '1-1', number: '1.1', heading: 'Quoracy', parent: '1', order: 10 }, 'Three agencies make a quorum. A fourth may attend.'],
    [{ id: '2', number: '2.', heading: 'Purpose', order: 20 }, 'This handbook sets out how the partnership meets:\n\n- in person'],
    [{ id: '3', number: '3.', heading: 'Review', order: 30 }, 'This handbook is reviewed annually by the partners.'],
  ]);
  const appendix = documentOf('appendix', 'Appendix', [
    [{ id: '1', number: '1.', heading: 'Review', order: 10 }, 'This handbook is reviewed annually by the partners.'],
  ]);
  const descriptions = pageDescriptions([handbook, appendix], nameOf);

  it("gives a clause page the first sentence of the clause's own text", () => {
    expect(descriptions.clause(handbook.byId('1-1'))).toBe('Three agencies make a quorum.');
  });

  it('names a clause that has no text of its own, with its document and partnership', () => {
    expect(descriptions.clause(handbook.byId('1'))).toBe('1. Meetings – Handbook, Demo Safeguarding Children Partnership.');
  });

  it('gives a document page the sentence of its section on its purpose, passing over a title line', () => {
    // The purpose clause's own page has the same sentence, so the document's says whose it is.
    expect(descriptions.document(handbook.document)).toBe('Handbook, DSCP: This handbook sets out how the partnership meets:');
    expect(descriptions.clause(handbook.byId('2'))).toBe('2. Purpose (Handbook): This handbook sets out how the partnership meets:');
  });

  it('without a purpose section, gives a document page its first full sentence', () => {
    expect(descriptions.document(appendix.document)).toBe('Appendix, DSCP: This handbook is reviewed annually by the partners.');
  });

  it('qualifies descriptions two pages would share with their clause and document', () => {
    expect(descriptions.clause(handbook.byId('3'))).toBe('3. Review (Handbook): This handbook is reviewed annually by the partners.');
    expect(descriptions.clause(appendix.byId('1'))).toBe('1. Review (Appendix): This handbook is reviewed annually by the partners.');
  });

  it('refuses a page it was not given, rather than describe it with nothing', () => {
    expect(() => descriptions.document({ ...appendix.document })).toThrow(/no description/);
  });
});
