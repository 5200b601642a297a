/**
 * What counts as a mention of a clause, appendix, figure or table, before any
 * resolution: the conservative rules on their own.
 */
import { describe, expect, it } from 'vitest';
import { recogniseClauseReferences } from '../../src/lib/references/recognise-clause-references.ts';

const found = (text: string, startsBlock = false) =>
  recogniseClauseReferences(text, { startsBlock }).map((m) => `${m.kind}:${m.value}@${m.text}`);

describe('recognising clause references', () => {
  it('finds a number after section, paragraph or clause, keeping the word in the link text', () => {
    expect(found('in accordance with section 6.52 above')).toEqual(['number:6.52@section 6.52']);
    expect(found('see paragraph 3.10 and clause 4.2')).toEqual(['number:3.10@paragraph 3.10', 'number:4.2@clause 4.2']);
  });

  it('finds bare dotted numbers, each one of a list', () => {
    expect(found('the routes identified in 8.1 and 8.2.')).toEqual(['number:8.1@8.1', 'number:8.2@8.2']);
  });

  it('normalises a number printed with a space after the dot', () => {
    expect(found('as section 6. 1 says')).toEqual(['number:6.1@section 6. 1']);
  });

  it('accepts an undotted number only after a keyword, and not before a title', () => {
    expect(found('as section 7 says')).toEqual(['number:7@section 7']);
    expect(found('the 7 members')).toEqual([]);
    expect(found('self-evaluation tools including Section 11 Audits')).toEqual([]);
  });

  it('ignores numbers that belong to legislation or other documents', () => {
    expect(found('under section 18 of the Children Act 2004')).toEqual([]);
    expect(found('sections 10 and 11 of the Children Act 2004')).toEqual([]);
    expect(found('paragraph 4.3 of the Working Together guidance')).toEqual([]);
    expect(found('see Chapter 4.2, page 6.52 and Regulation 5.1')).toEqual([]);
  });

  it('ignores money, percentages, quantities, ranges and dates', () => {
    expect(found('£1.5 million, 12.5%, 2.5 years, 1.5 days, 3.5 hours')).toEqual([]);
    expect(found('in 2019-20 and 2019/20, on 25.06.2019, from 1st April')).toEqual([]);
    expect(found('version v1.2 and 1.2.3.4.5')).toEqual([]);
  });

  it('ignores the number that opens a block, which is its own numbering', () => {
    expect(found('6.53 Quoracy', true)).toEqual([]);
    expect(found('6.53 Quoracy', false)).toEqual(['number:6.53@6.53']);
  });

  it('finds appendices by number or letter, each one of a list', () => {
    expect(found('the Financial Partnership Agreement (Appendix 1)')).toEqual(['appendix:1@Appendix 1']);
    expect(found('are at Appendices D and E.')).toEqual(['appendix:D@Appendices D', 'appendix:E@E']);
    expect(found('at Appendix B, Appendix C or the appendix itself')).toEqual(['appendix:B@Appendix B', 'appendix:C@Appendix C']);
  });

  it('does not take the start of a word after Appendix for a letter', () => {
    expect(found('Appendix Board papers')).toEqual([]);
  });

  it('finds figures and tables by number', () => {
    expect(found('set out in Figure 1 below; Table 1 outlines')).toEqual(['figure:1@Figure 1', 'table:1@Table 1']);
  });
});
