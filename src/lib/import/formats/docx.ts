/**
 * Word (.docx) to plain text. Read from the document's own XML rather than
 * through a converter such as mammoth, because what matters most here is
 * what mammoth leaves out: the paragraph numbers Word generates from
 * numbering.xml (docx-numbering.ts). Headings and paragraphs each become a
 * line, tables tab-separated rows, footnotes "[1]" and a "[1] …" paragraph
 * after the paragraph that cites them (plain-text.ts).
 *
 *   <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/>…<w:t>The partnership…</w:t>
 *   → "1.1 The partnership…"
 */
import { attr, child, children, isWord, openDocx, type XmlElement } from './docx-xml.ts';
import { WordNumbering } from './docx-numbering.ts';
import { type BlockNote, type ExtractedText, FIXED_PITCH_FONT, preformatted, type TextBlock, tidy, toPlainText } from './plain-text.ts';

interface StyleNumbering {
  numId?: string;
  ilvl?: string;
  basedOn?: string;
}

function readStyles(styles: XmlElement | undefined): Map<string, StyleNumbering> {
  const map = new Map<string, StyleNumbering>();
  for (const style of children(styles, 'style')) {
    const numPr = child(child(style, 'pPr'), 'numPr');
    map.set(attr(style, 'styleId') ?? '', {
      numId: attr(child(numPr, 'numId'), 'val'),
      ilvl: attr(child(numPr, 'ilvl'), 'val'),
      basedOn: attr(child(style, 'basedOn'), 'val'),
    });
  }
  return map;
}

// Word's "HTML Preformatted" and "Plain Text", pandoc's "Source Code".
const PREFORMATTED_STYLE = /preformatted|^plaintext$|^(?:source)?code$/i;

/** Inline content that is shown; anything else inside a paragraph is markup or deleted text. */
const SHOWN = new Set(['r', 'ins', 'moveTo', 'hyperlink', 'smartTag', 'fldSimple', 'sdt', 'sdtContent', 'customXml']);

export function readDocx(bytes: Uint8Array): ExtractedText {
  const docx = openDocx(bytes);
  const numbering = new WordNumbering(docx.part('word/numbering.xml'));
  const styles = readStyles(docx.part('word/styles.xml'));
  const footnotes = new Map(children(docx.part('word/footnotes.xml'), 'footnote').map((note) => [attr(note, 'id'), note]));
  const blocks: TextBlock[] = [];
  const notes: BlockNote[] = [];
  let cited: string[] = [];
  let footnoteCount = 0;
  const note = (kind: BlockNote['kind'], message: string) => notes.push({ block: blocks.length, kind, message });

  function inline(node: XmlElement): string {
    if (isWord(node, 'r')) return children(node).map(runPart).join('');
    if (SHOWN.has(node.localName ?? '')) return children(node).map(inline).join('');
    return '';
  }

  function runPart(part: XmlElement): string {
    switch (part.localName) {
      case 't':
        return part.textContent ?? '';
      case 'tab':
        return ' ';
      case 'br':
        return ['page', 'column'].includes(attr(part, 'type') ?? '') ? ' ' : '\n';
      case 'cr':
        return '\n';
      case 'noBreakHyphen':
        return '-';
      case 'footnoteReference': {
        footnoteCount += 1;
        cited.push(
          `[${footnoteCount}] ${tidy(
            children(footnotes.get(attr(part, 'id')))
              .map(paragraphText)
              .join(' '),
          )}`,
        );
        return `[${footnoteCount}]`;
      }
      case 'endnoteReference':
        note('dropped', 'an endnote reference; endnotes are not read, copy the note in by hand');
        return '';
      case 'drawing':
      case 'pict':
      case 'object':
        note('dropped', 'an image or drawing (its text, if any, is not read)');
        return '';
      default:
        return '';
    }
  }

  const paragraphText = (p: XmlElement) => children(p).map(inline).join('');

  /** Runs of the paragraph, in hyperlinks and insertions too. */
  const runsOf = (el: XmlElement): XmlElement[] =>
    children(el).flatMap((node) => (isWord(node, 'r') ? [node] : SHOWN.has(node.localName ?? '') ? runsOf(node) : []));

  /**
   * A paragraph set wholly in a fixed-pitch font (Courier…) or a preformatted style keeps its spacing:
   * there an author lines columns up with spaces. Anywhere else runs of spaces are collapsed.
   */
  function fixedPitch(p: XmlElement): boolean {
    if (PREFORMATTED_STYLE.test(attr(child(child(p, 'pPr'), 'pStyle'), 'val') ?? '')) return true;
    const runs = runsOf(p).filter((r) => child(r, 't'));
    return runs.length > 0 && runs.every((r) => FIXED_PITCH_FONT.test(attr(child(child(r, 'rPr'), 'rFonts'), 'ascii') ?? ''));
  }

  function numberOf(p: XmlElement): string {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    let numId = attr(child(numPr, 'numId'), 'val');
    let ilvl = attr(child(numPr, 'ilvl'), 'val');
    // Numbering set on the paragraph's style (or a style it is based on), as headings often are.
    for (let id = attr(child(pPr, 'pStyle'), 'val'), seen = 0; numId === undefined && id && seen < 20; seen++) {
      const style = styles.get(id);
      numId = style?.numId;
      ilvl ??= style?.ilvl;
      id = style?.basedOn;
    }
    if (numId === undefined || numId === '0') return '';
    const printed = numbering.next(numId, Number(ilvl ?? 0));
    if (!printed) {
      note('guessed', `a paragraph numbered by list ${numId}, which numbering.xml does not define; its number is left out`);
      return '';
    }
    if (printed.unknownFormat) note('guessed', `number format "${printed.unknownFormat}" is not known; printed as decimal`);
    // A bullet under a bullet keeps its depth as the plain-text convention writes it: two spaces a level.
    return printed.bullet ? `${'  '.repeat(Math.min(2, printed.depth ?? 0))}- ` : printed.text;
  }

  function flushFootnotes() {
    for (const text of cited) blocks.push({ type: 'paragraph', text });
    cited = [];
  }

  function cellText(cell: XmlElement): string {
    return children(cell)
      .flatMap((el) =>
        isWord(el, 'p') ? [numberOf(el) + paragraphText(el)] : isWord(el, 'tbl') ? tableRows(el).map((r) => r.join(' ')) : [],
      )
      .join(' ');
  }

  function tableRows(tbl: XmlElement): string[][] {
    return children(tbl, 'tr').map((tr) =>
      children(tr, 'tc').flatMap((tc) => {
        const tcPr = child(tc, 'tcPr');
        const span = Number(attr(child(tcPr, 'gridSpan'), 'val') ?? 1);
        // A cell merged with the one above prints nothing of its own.
        const merged = child(tcPr, 'vMerge') && attr(child(tcPr, 'vMerge'), 'val') !== 'restart';
        return [merged ? '' : cellText(tc), ...Array<string>(Math.max(0, span - 1)).fill('')];
      }),
    );
  }

  function body(el: XmlElement) {
    for (const node of children(el)) {
      if (isWord(node, 'p')) {
        const number = numberOf(node);
        const text = fixedPitch(node) ? preformatted(paragraphText(node)) : tidy(paragraphText(node), true);
        if (text) blocks.push({ type: 'paragraph', text: number + text });
        flushFootnotes();
      } else if (isWord(node, 'tbl')) {
        blocks.push({ type: 'table', rows: tableRows(node) });
        flushFootnotes();
      } else if (isWord(node, 'sdt')) body(child(node, 'sdtContent') ?? node);
    }
  }

  body(child(docx.part('word/document.xml'), 'body') ?? docx.part('word/document.xml')!);
  return toPlainText(blocks, notes);
}
