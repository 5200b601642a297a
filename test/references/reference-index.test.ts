/**
 * The reverse index behind "Referenced by", the unpublished-appendix list and
 * the per-document counts, over the fixture content.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import {
  appendixFullDocument,
  buildReferenceIndex,
  documentReferencedBy,
  referenceCounts,
  referencedBy,
  unpublishedItems,
} from '../../src/lib/references/index.ts';
import { FIXTURE_ROOT } from './render-markdown.ts';

const content = loadContent({ root: FIXTURE_ROOT });
const index = buildReferenceIndex(content);
const from = (list: { document: string; clause: string; texts: string[] }[]) =>
  list.map((r) => `${r.document}/${r.clause}: ${r.texts.join(', ')}`);

describe('the reverse reference index', () => {
  it('loads the fixture content without errors', () => {
    expect(content.errors).toEqual([]);
  });

  it('lists 6.57 iii) as referring to 6.52, with the words it uses', () => {
    expect(referencedBy(index, 'west-sussex', 'constitution', '6-52')).toEqual([
      {
        partnership: 'west-sussex',
        document: 'constitution',
        clause: '6-57-iii',
        label: 'iii)',
        documentTitle: 'Constitution',
        url: '/west-sussex/constitution/6-57-iii/',
        texts: ['section 6.52'],
      },
    ]);
  });

  it('counts explicit references too: 6.71 refers to 6.53', () => {
    expect(from(referencedBy(index, 'west-sussex', 'constitution', '6-53'))).toEqual(['constitution/6-71: 6.53']);
  });

  it('links the Suffolk protocol’s 10.3 to both 8.1 and 8.2', () => {
    expect(from(referencedBy(index, 'suffolk', 'protocol', '8-1'))).toEqual(['protocol/10-3: 8.1']);
    expect(from(referencedBy(index, 'suffolk', 'protocol', '8-2'))).toEqual(['protocol/10-3: 8.2']);
  });

  it('records references to whole documents across documents of a partnership', () => {
    expect(from(documentReferencedBy(index, 'west-sussex', 'collaborative-working-agreement'))).toEqual([
      'constitution/6-25: Collaborative Working Agreement (CWA), Appendix 2',
    ]);
    expect(from(documentReferencedBy(index, 'west-sussex', 'constitution'))).toEqual(['arrangements/3: WSSCP Constitution, Appendix B']);
    expect(from(documentReferencedBy(index, 'west-sussex', 'arrangements'))).toEqual([
      'constitution/12-1: West Sussex Safeguarding Children Partnership arrangements',
    ]);
  });

  it('returns an empty list for a clause nothing refers to', () => {
    expect(referencedBy(index, 'west-sussex', 'constitution', '6-9')).toEqual([]);
  });
});

describe('appendices and figures referenced but not published', () => {
  it('lists each with where the document names it, from the text, from captions and from cross-references.yaml', () => {
    const list = unpublishedItems(content).map(
      (a) => `${a.document} ${a.name} ${a.title ?? '-'}: ${a.mentions.map((m) => `${m.clause}@${m.line}`).join(' ') || 'none'}`,
    );
    expect(list).toEqual([
      'arrangements Appendix A Membership of Groups: none',
      'arrangements Appendix D -: 7@7',
      'arrangements Appendix E -: 7@7',
      'arrangements Appendix F WSSCP Business Plan and Priorities: 10@7',
      'collaborative-working-agreement Figure 2 How we will work: 3@7',
      'constitution Appendix 5 WSSCP Structure Chart: 6-71@7',
    ]);
  });

  it('names the clauses that mention an item as lists print them, without a heading’s closing colon', () => {
    const f = unpublishedItems(content).find((a) => a.name === 'Appendix F')!;
    expect(f.mentions.map((m) => m.label)).toEqual(['10. Appendices']);
  });

  it('does not list appendices held as clauses or as other documents, tables held under their caption, or figures nothing captions', () => {
    const names = unpublishedItems(content).map((a) => `${a.document} ${a.name}`);
    expect(names).not.toContain('constitution Appendix 1');
    expect(names).not.toContain('constitution Appendix 2');
    expect(names).not.toContain('arrangements Appendix B');
    expect(names).not.toContain('collaborative-working-agreement Table 1');
    expect(names).not.toContain('collaborative-working-agreement Figure 1');
  });
});

describe('reference counts per document', () => {
  it('counts clause, document, explicit and legislation links and keeps what was left unlinked', () => {
    const counts = referenceCounts(content);
    expect(counts.get('suffolk/protocol')).toMatchObject({ clauses: 2, documents: 0, explicit: 0 });
    expect(counts.get('west-sussex/constitution')).toMatchObject({ clauses: 2, documents: 3, explicit: 1, legislation: 10 });
    // 2 → appendix 1, and 4's "Table 1 outlines …" → its own table.
    expect(counts.get('west-sussex/collaborative-working-agreement')).toMatchObject({ clauses: 2 });
    expect(counts.get('west-sussex/collaborative-working-agreement')!.unresolved.map((u) => `${u.text}: ${u.reason}`)).toEqual([
      'Figure 1: not-held',
      'Figure 2: unpublished',
    ]);
  });

  it('counts each acronym once per document, as the document page marks it', () => {
    const counts = referenceCounts(content);
    expect(counts.get('suffolk/protocol')!.acronyms).toBe(2);
    expect(counts.get('west-sussex/constitution')!.acronyms).toBe(4);
  });
});

describe('appendices that are other documents', () => {
  it('name the full document for the constitution’s Appendix 2, an extract of the agreement', () => {
    expect(appendixFullDocument(content, 'west-sussex', 'constitution', 'appendix-2')).toEqual({
      partnership: 'west-sussex',
      document: 'collaborative-working-agreement',
      appendix: '2',
      extract: true,
      title: 'West Sussex Collaborative Working Agreement (CWA)',
      shortTitle: 'Collaborative Working Agreement',
      url: '/west-sussex/collaborative-working-agreement/',
    });
  });

  it('name the constitution for the arrangements’ clause listing Appendix B, which is the whole document', () => {
    expect(appendixFullDocument(content, 'west-sussex', 'arrangements', '10')).toMatchObject({
      document: 'constitution',
      appendix: 'B',
      extract: false,
      url: '/west-sussex/constitution/',
    });
  });

  it('name nothing for an appendix the document holds itself, or a clause that only mentions another document', () => {
    expect(appendixFullDocument(content, 'west-sussex', 'constitution', 'appendix-1')).toBeUndefined();
    expect(appendixFullDocument(content, 'west-sussex', 'arrangements', '3')).toBeUndefined();
  });
});
