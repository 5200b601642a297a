/**
 * PDF pages as a word processor prints them, read back into the text's
 * conventions: a footnote at the foot of the page follows the paragraph
 * citing it, a table cell wrapped in its column stays one row, a line break
 * stays a line break, a one-page document's header is taken off, and lines
 * set in Courier keep their spacing. The PDFs are real ones, written with
 * pdf-lib (formats-generators/make-pdf.ts).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { readPdf } from '../../src/lib/import/formats/pdf.ts';
import { takeFootnotes } from '../../src/lib/import/formats/pdf-footnotes.ts';
import { type PdfLine, readPdfLines } from '../../src/lib/import/formats/pdf-lines.ts';
import { makePdf } from './formats-generators/make-pdf.ts';
import { wrap } from './formats-generators/pdf-text-layout.ts';

const NOTED = `1. Purpose

1.1 The partnership brings together the partners named in the Children Act 2004.[1]

[1] As amended by the Children and Social Work Act 2017.

1.2 The partnership meets every three months.
`;

describe('the PDF reader', () => {
  test("keeps a table row wrapped in its first column, and reports a line under the table that may be the last row's", async () => {
    const rows = ['Partner\tRepresented by\tDeputy', 'Brackenmoor Integrated Care Board\tChief Nursing Officer\tDesignated Nurse'];
    const wide = 'Moorshire and Western Districts Police Constabulary Service';
    const source = `Members\n\nSchedule 1 – Members\n\n${rows.join('\n')}\n${wide}\tDetective Chief Superintendent\tDetective Superintendent\n\nSchedule 2 – Review\n`;
    const { text, report } = await readPdf((await makePdf(source, 'Header', 330)).bytes);
    // The first-column wrap of a middle row, with a row after it, stays in its row.
    expect(text).toContain('Brackenmoor Integrated Care Board\tChief Nursing Officer\tDesignated Nurse');
    // The last row's first cell runs past its other cells' lines: its last line is text under the table, said.
    expect(report.map((entry) => entry.message)).toContainEqual(
      'page 1: "Constabulary Service" just under a table may be the rest of its last row\'s first cell; kept as text',
    );
  });

  test('puts a footnote printed at the foot of the page after the paragraph citing it, and reports the move', async () => {
    const { bytes } = await makePdf(NOTED, 'Harbourside SCP', 400);
    const [page] = await readPdfLines(bytes);
    const note = page!.find((line) => line.text.startsWith('[1] As amended'))!;
    const later = page!.find((line) => line.text.startsWith('1.2'))!;
    // Printed where a word processor prints it: below the text, in smaller type, its mark a superscript.
    expect(note.y).toBeLessThan(later.y);
    expect(note.size).toBeLessThan(later.size);
    expect(page!.find((line) => line.text.includes('Act 2004.[1]'))).toBeDefined();
    const { text, report } = await readPdf(bytes);
    expect(text).toBe(NOTED);
    expect(report).toContainEqual({
      line: 5,
      kind: 'guessed',
      message:
        'page 1: footnote "[1] As amended by the Children and Social Work Act 2017." moved from the foot of the page to after the paragraph citing it',
    });
  });

  test('leaves small type at the foot of a page where it is when no mark on the page cites it', () => {
    const line = (y: number, size: number, text: string): PdfLine => ({
      page: 1,
      pageWidth: 500,
      y,
      x0: 50,
      x1: 300,
      size,
      bold: false,
      text,
      cells: [{ x0: 50, x1: 300, text }],
    });
    const pages = [[line(300, 10, 'The partnership meets in 2025.'), line(60, 8, '2 Queen Street, Harbourside')]];
    expect(takeFootnotes(pages, 10)).toEqual({ pages, notes: [] });
    const cited = [[line(300, 10, 'The partnership meets.[2]'), line(60, 8, '2 Queen Street is its office.')]];
    expect(takeFootnotes(cited, 10).notes).toEqual([{ page: 1, mark: '2', text: '[2] Queen Street is its office.' }]);
  });

  test('keeps a table cell wrapped over two lines of its column in one row, and reports the line it joined', async () => {
    const source =
      'Appendix A – Time limits\n\nStage\tWho talks\tTime limit\nI\tPractitioners\t2 days\nIII\tDesignated safeguarding leads of every partner agency in Harbourside and Riverside\t10 days\n';
    const made = await makePdf(source, 'Harbourside SCP', 400);
    expect(made.wrappedCells).toBeGreaterThan(0);
    const { text, report } = await readPdf(made.bytes);
    expect(text).toBe(source);
    expect(report.filter((note) => note.kind === 'guessed').map((note) => note.message)).toEqual([
      expect.stringMatching(/^page 1: ".+" read as the rest of the table row above \(cells wrapped over lines\)$/),
    ]);
  });

  test('keeps a line break where the next word would have fitted, and joins lines wrapped at the margin', async () => {
    const source =
      'Riverside Safeguarding Children Partnership\nConstitution\n\n1. The partnership brings together the three safeguarding partners, who share the duty to make arrangements to work together.\n\nGovernance\nThe chair reports to the partners.\n';
    expect((await readPdf((await makePdf(source, 'Riverside SCP', 400)).bytes)).text).toBe(source);
  });

  test('takes the running header off a document of one page, where nothing repeats, and reports it', async () => {
    const { text, report } = await readPdf(
      (await makePdf('Joint Working Protocol\n\n1. Agencies share concerns.\n', 'Riverside SCP – Protocol', 400)).bytes,
    );
    expect(text).toBe('Joint Working Protocol\n\n1. Agencies share concerns.\n');
    expect(report).toContainEqual({ line: 1, kind: 'dropped', message: 'page 1: running header "Riverside SCP – Protocol"' });
  });

  test('keeps the spacing of lines set in a fixed-pitch font, which line columns up', async () => {
    const source = 'Costs\n\nItem          Cost\nTraining   £5,000     due in April\nAudit                               £2,000\n';
    expect((await readPdf((await makePdf(source, 'Riverside SCP', 400)).bytes)).text).toBe(source);
  });

  test('reads numbers and bullets set apart from their text by a tab, as Word prints a hanging indent, as a list, not a table', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([500, 400]);
    let y = 350;
    const item = (marker: string, text: string) => {
      page.drawText(marker, { x: 50, y, size: 10, font });
      for (const line of wrap(text, font, 10, 364)) {
        page.drawText(line, { x: 86, y, size: 10, font });
        y -= 13;
      }
      y -= 6;
    };
    item('1.1', 'The partnership brings together the three safeguarding partners, who share the duty to make arrangements.');
    item('1.2', 'The partnership meets every three months.');
    item('•', 'staff of the three safeguarding partners;');
    item('•', 'schools, colleges and early years settings;');
    expect((await readPdf(await pdf.save())).text).toBe(
      '1.1 The partnership brings together the three safeguarding partners, who share the duty to make arrangements.\n\n' +
        '1.2 The partnership meets every three months.\n\n- staff of the three safeguarding partners;\n\n- schools, colleges and early years settings;\n',
    );
  });

  test('reads table cells padded as browsers and Word pad them (a gap about the size of the text) and a superscript at five-sixths size', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([500, 400]);
    const text = (value: string, x: number, y: number, size = 10) => page.drawText(value, { x, y, size, font });
    text('The partners are named in the Act.', 50, 350);
    text('1', 50 + font.widthOfTextAtSize('The partners are named in the Act.', 10), 354, 8.3);
    // Three columns: "Riverside Council" ends 11pt before the second, a gap about the size of the text.
    const x2 = 50 + font.widthOfTextAtSize('Riverside Council', 10) + 11;
    const row = (y: number, cells: string[]) => {
      cells.forEach((cell, c) => {
        if (cell) text(cell, [50, x2, x2 + 150][c]!, y);
      });
    };
    row(320, ['Organisation', 'Lead', 'Deputy']);
    row(307, ['Riverside Council', "Director of Children's", 'Head of Safeguarding']);
    row(294, ['', 'Services', '']);
    row(281, ['Police', 'Superintendent', 'Inspector']);
    text('1', 50, 63, 6);
    text('Section 16E of the Children Act 2004.', 56, 60, 8);
    expect((await readPdf(await pdf.save())).text).toBe(
      'The partners are named in the Act.[1]\n\n[1] Section 16E of the Children Act 2004.\n\n' +
        "Organisation\tLead\tDeputy\nRiverside Council\tDirector of Children's Services\tHead of Safeguarding\nPolice\tSuperintendent\tInspector\n",
    );
  });
});
