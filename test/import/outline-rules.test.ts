/**
 * The structure finder's small decisions, one at a time, and the report
 * lines an editor reads for each kind of guess.
 */
import { describe, expect, test } from 'vitest';
import { formatReport, importDocument } from '../../src/lib/import/import-document.ts';
import { letteredHeadings } from '../../src/lib/import/outline-lines.ts';
import { follows, itemLevel, splitHeading } from '../../src/lib/import/outline-rules.ts';
import { findPageFurniture } from '../../src/lib/import/page-furniture.ts';
import { findTables } from '../../src/lib/import/plain-tables.ts';
import { profileFor } from '../../src/lib/import/profiles.ts';
import { scanLine } from '../../src/lib/import/scan-line.ts';
import { formatTree } from '../../src/lib/import/tree-view.ts';

describe('the structure finder', () => {
  test('reads "Label: text" after a number as a heading and its text, and a short line as a heading', () => {
    expect(splitHeading('Purpose: To ensure that children are safe.', false)).toEqual({
      heading: 'Purpose',
      text: 'To ensure that children are safe.',
    });
    expect(splitHeading('Membership', false)).toEqual({ heading: 'Membership' });
    expect(splitHeading('The Board shall meet.', false)).toEqual({ text: 'The Board shall meet.' });
    expect(splitHeading('The Board shall meet', true)).toEqual({ text: 'The Board shall meet' });
  });

  test('knows which number comes next, in digits, letters and roman numerals', () => {
    expect(follows('1.9', '1.10')).toBe(true);
    expect(follows('(h)', '(i)')).toBe(true);
    expect(follows('(iv)', '(v)', true)).toBe(true);
    expect(follows('Part IV', 'PART V')).toBe(true);
    expect(follows('Section A', 'Section C')).toBe(false);
    expect(follows('2.1', '3.1')).toBe(false);
  });

  test('reads "(i)" after "(h)" as a letter, and after "(b)" as the first of a nested roman list', () => {
    expect(itemLevel([{ style: '(a)', last: '(h)' }], '(i)', ['(i)', '(a)'])).toEqual({ at: 0, style: '(a)' });
    expect(itemLevel([{ style: '(a)', last: '(b)' }], '(i)', ['(i)', '(a)'])).toEqual({ at: 1, style: '(i)' });
    expect(
      itemLevel(
        [
          { style: '(a)', last: '(b)' },
          { style: '(i)', last: '(ii)' },
        ],
        '(c)',
        ['(i)', '(a)'],
      ),
    ).toEqual({ at: 0, style: '(a)' });
  });

  test('reads "I.", "II.", "III." as one list of capital roman items, and "I." after "H." as a letter', () => {
    expect(scanLine('II. Line managers meet.')).toMatchObject({ kind: 'item', marker: 'II.', styles: ['I.'] });
    // Word's lowerLetter and lowerRoman levels, "%2." and "%3."; "e.g." and "i.e." start no item.
    expect(scanLine('b. agree a plan;')).toMatchObject({ kind: 'item', marker: 'b.', styles: ['a.'] });
    expect(scanLine('ii. who does what;')).toMatchObject({ kind: 'item', marker: 'ii.', styles: ['i.'] });
    expect(scanLine('i. who does what;')).toMatchObject({ kind: 'item', marker: 'i.', styles: ['i.', 'a.'] });
    expect(scanLine('e.g. a school').kind).toBe('text');
    expect(itemLevel([], 'I.', ['A.', 'I.'])).toEqual({ at: 0, style: 'I.' });
    expect(itemLevel([{ style: 'I.', last: 'I.' }], 'II.', ['I.'])).toEqual({ at: 0, style: 'I.' });
    expect(itemLevel([{ style: 'A.', last: 'H.' }], 'I.', ['A.', 'I.'])).toEqual({ at: 0, style: 'A.' });
    const stages = importDocument('1. The stages\n\nI. Talk.\nII. Meet.\nIII. Decide.\n').clauses[0]!;
    expect(stages.body).toBe('- I. Talk.\n- II. Meet.\n- III. Decide.');
  });

  test('reads a division only when its heading does not run on in lower case', () => {
    expect(scanLine('Part 2 – Membership')).toEqual({ kind: 'division', label: 'Part', number: 'Part 2', rest: 'Membership' });
    expect(scanLine('Section 11 of the Children Act 2004 applies.').kind).toBe('text');
    expect(scanLine('Clause 3 – Breaches')).toEqual({ kind: 'division', label: 'Clause', number: 'Clause 3', rest: 'Breaches' });
    expect(scanLine('Clause 3 applies to both parties.').kind).toBe('text');
    expect(scanLine('Part Two – Meetings')).toEqual({ kind: 'division', label: 'Part', number: 'Part Two', rest: 'Meetings' });
    expect(scanLine('Appendix – Glossary')).toEqual({ kind: 'division', label: 'Appendix', number: 'Appendix', rest: 'Glossary' });
    expect(scanLine('Part one of the plan is done.').kind).toBe('text');
    expect(follows('Part One', 'Part Two')).toBe(true);
    expect(scanLine('1.\tPurpose')).toEqual({ kind: 'paragraph', number: '1.', path: ['1'], rest: 'Purpose' });
    expect(scanLine('28 days after the meeting').kind).toBe('text');
  });

  test('reads the Symbol and Wingdings bullets a PDF of a Word document gives as private-use characters', () => {
    expect(scanLine('\uF0B7 staff of the three safeguarding partners;')).toEqual({
      kind: 'bullet',
      depth: 0,
      rest: 'staff of the three safeguarding partners;',
    });
    expect(scanLine('  \uF0A7 schools and colleges;')).toMatchObject({ kind: 'bullet', depth: 1 });
    expect(scanLine('\uF0D8')).toEqual({ kind: 'marker' });
    expect(scanLine('‣ voluntary groups')).toMatchObject({ kind: 'bullet', rest: 'voluntary groups' });
  });

  test('finds page numbers and running footers, but keeps a sentence that repeats', () => {
    const lines = ['OFFICIAL', 'Text.', '', '3', '', 'OFFICIAL', 'Page 2 of 9', 'Text.', 'OFFICIAL', 'Text.'];
    expect(findPageFurniture(lines)).toEqual([
      { index: 0, why: 'a running header or footer (printed 3 times)' },
      { index: 3, why: 'a page number' },
      { index: 5, why: 'a running header or footer (printed 3 times)' },
      { index: 6, why: 'a page number' },
      { index: 8, why: 'a running header or footer (printed 3 times)' },
    ]);
  });

  test('rebuilds a table whose wrapped cell continues on the next line', () => {
    const lines = ['Role        Body', 'Chair       Local', '            authority'];
    expect(findTables(lines)).toEqual([
      {
        start: 0,
        end: 3,
        kind: 'aligned columns',
        rows: [
          ['Role', 'Body'],
          ['Chair', 'Local authority'],
        ],
      },
    ]);
  });

  test('never merges a heading-like line into a clause without saying so', () => {
    const result = importDocument('1. Scope\nThe protocol applies to all.\n\nEscalation\nConcerns go to the manager.\n');
    expect(result.clauses.map((c) => [c.id, c.heading, c.body])).toEqual([
      ['1', 'Scope', 'The protocol applies to all.\n\nEscalation\nConcerns go to the manager.'],
    ]);
    expect(formatReport(result)).toBe(
      [
        'Structure found: paragraphs 1.',
        '1 clauses',
        'Unplaced lines (0)',
        'Roles guessed (1):',
        '  line 4: "Escalation" looks like a heading but runs straight into the text below it; kept as text in "1"',
        'Dropped as page furniture (0)',
        'Numbering kept as printed (0)',
      ].join('\n'),
    );
  });

  test('prints the tree it would write, indented under each parent', () => {
    const result = importDocument('Part 1 – Scope\n\n1.1 Who: Everyone working with children.\n1.2 The partners will meet.\n');
    expect(formatTree(result)).toBe(['Part 1 Scope  [part-1]', '  1.1 Who  [1-1]', '  1.2 "The partners will meet."  [1-2]'].join('\n'));
  });

  test('under a --style, says which Part headings and pipe tables it kept as text', () => {
    const result = importDocument(
      '1. Scope\n1.1 Everyone.\nPart 2 – Membership\n2.1 The Board.\n| Role | Body |\n',
      profileFor('constitution'),
    );
    expect(result.report.filter((e) => e.kind === 'guessed').map((e) => `line ${e.line}: ${e.message}`)).toEqual([
      'line 3: "Part 2 – Membership" looks like a heading (Part) but the "numbered-dotted" style has no place for it; kept as text',
      'line 5: "| Role | Body |" looks like a table row in pipes, which the "numbered-dotted" style does not read; kept as text',
    ]);
  });

  test('says so when a style puts the whole document into the preamble', () => {
    const result = importDocument('Part 1 – Scope\n\nThe protocol applies to all.\n', profileFor('protocol'));
    expect(result.report).toEqual([
      {
        line: 1,
        kind: 'guessed',
        message: '"Part 1 – Scope" looks like a heading (Part) but the "bullet-numbered" style has no place for it; kept as text',
      },
      {
        line: 1,
        kind: 'unplaced',
        message:
          'no line is numbered the way the "bullet-numbered" style expects, so the whole document is in preamble.mdx; leave out --style to let the importer find the structure',
      },
    ]);
  });

  test('reads "A. PURPOSE" standing alone as a lettered clause, and a list of short names as items', () => {
    const lettered = (text: string) => {
      const lines = text.split('\n');
      return [
        ...letteredHeadings(
          lines,
          lines.map((line) => scanLine(line)),
        ),
      ].map((i) => lines[i]);
    };
    expect(lettered('T\n\nA. PURPOSE\n\nWhy.\n\nB. Parties\n\nWho.\n\nD. REVIEW\n\nWhen.')).toEqual([
      'A. PURPOSE',
      'B. Parties',
      'D. REVIEW',
    ]);
    // Each name is followed by the next; the last is followed by text, but its list began as items.
    expect(lettered('The partners:\n\nA. Health\n\nB. Police\n\nC. Council\n\nThey meet monthly.')).toEqual([]);
    // A sentence after the letter is an item ("A. This protocol applies…"), and a list starts at A or I.
    expect(lettered('T\n\nA. This protocol applies.\n\nText.\n\nC. SCOPE\n\nText.')).toEqual([]);
    // "1)" and "(1)" number clauses the same way; a "1)" list inside a clause stays items.
    expect(lettered('T\n\n1) Purpose\n\nWhy.\n\n2) Members\n\n1) Chair\n2) Deputy\n\n3) Meetings\n\nWhen.')).toEqual([
      '1) Purpose',
      '2) Members',
      '3) Meetings',
    ]);
    const result = importDocument('T\n\nA. PURPOSE\n\nWhy.\n\nC. REVIEW\n\nWhen.\n');
    expect(result.clauses.map((c) => `${c.id} ${c.number} ${c.heading}`)).toEqual([
      'preamble undefined undefined',
      'a A. PURPOSE',
      'c C. REVIEW',
    ]);
    expect(result.report.map((e) => `line ${e.line}: ${e.message}`)).toEqual([
      'line 7: "C." follows "A." out of sequence; kept as printed',
    ]);
  });

  test('puts a misnumbered paragraph where it stands, and keeps its paragraph open for the next', () => {
    const result = importDocument('T\n\n2. Principles\n\n2.1 One.\n\n3. Stages\n\n2.1 Stage one.\n\n3.2 Stage two.\n');
    expect(result.clauses.map((c) => `${c.id} < ${c.parent ?? ''}`)).toEqual([
      'preamble < ',
      '2 < ',
      '2-1 < 2',
      '3 < ',
      '2-1-2 < 3',
      '3-2 < 3',
    ]);
    expect(result.report.filter((e) => e.kind === 'unplaced').map((e) => e.message)).toEqual([
      'no paragraph "2" is open for "2.1"; put under "3", as are any 2.x after it there',
    ]);
  });

  test("gives a repeated number an id in letters when counting would take a printed number's", () => {
    const ids = importDocument('T\n\n1. A\n\n1.1 x.\n\n1.1 y.\n\n1.1.2 z.\n').clauses.map((c) => c.id);
    expect(ids).toEqual(['preamble', '1', '1-1', '1-1-b', '1-1-2']);
  });

  test('heads a clause with an unnumbered heading before "1.1", reported, as it stands where "1." would', () => {
    const result = importDocument('Partnership\nStrategy\n\nIntroduction\n\n1.1 It applies.\n');
    expect(result.clauses.map((c) => `${c.id} < ${c.parent ?? ''}`)).toEqual(['preamble < ', 'introduction < ', '1-1 < introduction']);
    expect(result.report.map((e) => e.kind)).toEqual(['guessed', 'unplaced']);
  });

  test('reads "1.0 Introduction" as the head of section 1, with 1.1 under it and 2.0 after it in sequence', () => {
    const result = importDocument('T\n\n1.0 Introduction\n\n1.1 It applies.\n\n2.0 Scope\n\n2.1 All.\n');
    expect(result.clauses.map((c) => `${c.id} < ${c.parent ?? ''}`)).toEqual(['preamble < ', '1-0 < ', '1-1 < 1-0', '2-0 < ', '2-1 < 2-0']);
    expect(result.report).toEqual([]);
    expect(result.scheme).toBe('paragraphs 1.0, 1.1');
  });

  test('reads "2A." as a clause inserted after 2, in sequence, and "1A High Street" as text', () => {
    expect(scanLine('2A. Delegated partners')).toEqual({ kind: 'paragraph', number: '2A.', path: ['2A'], rest: 'Delegated partners' });
    expect(scanLine('1A High Street').kind).toBe('text');
    expect([follows('2', '2A'), follows('2A', '2B'), follows('2A', '3'), follows('2A.1', '2A.2'), follows('2', '2B')]).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    const result = importDocument('T\n\n2. Partners\n\n2A. Delegates\n\n2A.1 Each names one.\n\n3. Agencies\n');
    expect(result.clauses.map((c) => `${c.id} < ${c.parent ?? ''}`)).toEqual(['preamble < ', '2 < ', '2a < ', '2a-1 < 2a', '3 < ']);
    expect(result.report).toEqual([]);
  });

  test('keeps a table of contents with dot leaders in the preamble, reported, so its numbers take no clause ids', () => {
    const result = importDocument('T\n\nContents\n\n1. Scope ....... 2\n\n2. Roles ....... 3\n\n1. Scope\n\n1.1 All.\n');
    expect(result.clauses.map((c) => c.id)).toEqual(['preamble', '1', '1-1']);
    expect(result.report.map((e) => `line ${e.line}: ${e.message}`)).toEqual([
      'line 5: lines 5–7 numbered with dot leaders and page numbers read as a table of contents; kept as text',
    ]);
  });

  test('reads a statute\'s "1.—(1)", a number alone over its heading, and a reference wrapped onto a line of its own', () => {
    const result = importDocument(
      'T\n\n1.—(1) The Board meets.\n(2) Any partner may call it.\n\n2.\nReview\n\nAs set out in paragraph\n1.1 of the constitution.\n',
    );
    expect(result.clauses.map(({ id, number, heading, body }) => ({ id, number, heading, body }))).toEqual([
      { id: 'preamble', number: undefined, heading: undefined, body: 'T' },
      { id: '1', number: '1.', heading: undefined, body: '- (1) The Board meets.\n- (2) Any partner may call it.' },
      { id: '2', number: '2.', heading: 'Review', body: 'As set out in paragraph\n1.1 of the constitution.' },
    ]);
    expect(result.report.map((e) => `line ${e.line}: ${e.message}`)).toEqual([
      'line 9: "As set out in paragraph" looks like a heading but runs straight into the text below it; kept as text in "2"',
      'line 10: "1.1" read as the line above run on ("…paragraph 1.1 of…"), not as a clause; kept as text',
    ]);
  });

  test('reads "  1." indented under an open paragraph (a web page\'s nested <ol>) as its list, reported once', () => {
    const result = importDocument('T\n\n1. Purpose\n\n  1. It helps.\n\n  2. It applies.\n\n2. Stages\n\n2.1 Talk.\n');
    expect(result.clauses.map((c) => `${c.id}: ${c.body}`)).toEqual([
      'preamble: T',
      '1: - 1\\. It helps.\n- 2\\. It applies.',
      '2: ',
      '2-1: Talk.',
    ]);
    expect(result.report.map((e) => `line ${e.line}: ${e.message}`)).toEqual([
      'line 5: "1." indented under "1." read as its list\'s first item, not a clause',
    ]);
  });
});
