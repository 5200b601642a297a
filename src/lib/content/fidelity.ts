/**
 * Fidelity: every sentence of a document's provenance copy (`source.txt`,
 * the text as the partnership published it) must appear in the document's
 * clauses, in the site's words for presentation only. An editor who changes
 * a clause's wording without changing source.txt hears so from `npm run
 * check`; a line the site knowingly shows differently is listed, with why,
 * under `source.exceptions` in document.yaml.
 *
 *   source.txt "To be quorate, any ordinary Steering Group meeting must be attended …"
 *   clauses    "… 6.53 Quoracy i) To be quorate, any ordinary Steering Group meeting must be attended …"  → found
 *
 * test/fidelity.test.ts holds the same rules against the rendered HTML.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocumentTree } from './document-tree.ts';
import { readContentFile } from './content-file.ts';
import { documentKey, type ClauseEntry, type ContentSet, type DocumentEntry } from './model.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { clauseText } from '../markdown/clause-text.ts';
import { documentVersions } from '../amendments/versions.ts';
import { documentHistoryFiles } from './document-files.ts';

const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Presentation-only differences, applied to both sides: whitespace, curly quotes, dashes, bullet glyphs. */
export function normaliseForFidelity(text: string): string {
  // Most sentences are plain ASCII with single spaces: nothing to change (NFC leaves ASCII alone).
  if (PLAIN.test(text)) return text;
  return text
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[·•❖▪■□◦○●►▸➢➤✓✔]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Any of the characters the rules below act on; most lines have none. */
const MARKUP = /[<[\\*·•❖▪■□◦○●►▸➢➤✓✔→–-]/;

/** The markup the source extracts carry, which a reader of the page never sees as text. */
export function stripSourceMarkup(line: string): string {
  if (!MARKUP.test(line)) return line;
  return (
    line
      // HTML fragments (the collaborative agreement's Table 1): rendered as elements; a tag is a cell boundary.
      .replace(/<\/?[a-z][^>]*>/gi, ' ')
      // Markdown links, most with the placeholder target (#): the page shows the link text.
      .replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
      // Backslash escapes inside link text, e.g. "Relevant Agency \(England\) Regulations".
      .replace(/\\([()[\]*_\\])/g, '$1')
      // Emphasis markers: the sources use asterisks only as Markdown emphasis, paired or left unpaired by the extract.
      .replace(/\*+/g, '')
      // List markers at the start of a line ("- ", "- · ", "▪ "): the page renders a list item.
      .replace(/^\s*(?:[-–·•❖▪■□◦○●►▸➢➤✓✔→]\s+)+/, '')
      // A Markdown table's header rule ("---\t--", CWA Table 1): it becomes the <thead>, not text.
      .replace(/^\s*-{2,}[\t |:-]*$/, '')
  );
}

export interface SourceSentence {
  sentence: string;
  /** The sentence normalised, as it is looked for. */
  normalised: string;
  /** The source line it came from, exactly as printed. */
  line: string;
  /** 1-based line number in source.txt. */
  lineNumber: number;
}

/** "Part 2 – Membership", "Schedule 1: Members", "Appendix B - Terms": any division's label, then its heading. */
const LABEL_HEADING = /^(\s*(?:Part|Chapter|Section|Article|Clause|Schedule|Annex|Appendix) \w+)\s*[:–—-]\s+/i;
/** "1. Purpose: To ensure …": a numbered paragraph whose label the clause keeps as its heading. */
const NUMBER_LABEL = /^(\s*\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z][^:.;!?]{0,60}):\s+(?=\S)/;
/** "Appendix – Glossary": back matter with no number, its label kept as the clause's number. */
const BACK_LABEL = /^(\s*(?:Schedule|Annex|Appendix))\s*[:–—-]\s+(?=[A-Z])/i;
/** A statute's "4.—(1) The Board …": the clause keeps "4." as its number and "(1) The Board …" as its first item. */
const STATUTE_NUMBER = /^(\s*\d{1,3}\.)\s*[—–-]\s*(?=\(\d{1,2}\)\s)/;
/** A table row in pipes, tabs or columns aligned with spaces; its cells are looked for one by one. */
const TABLE_ROW = /^\s*\|.*\|\s*$|\S\t+\S|\S {2,}\S/;

/**
 * A source line split where a clause splits it: a division's label from its
 * heading (the clause keeps "Part 2" as its number and "Membership" as its
 * heading), a paragraph's "Label:" from its text, and a table row into its cells.
 */
function presentationParts(line: string): string {
  const text = stripSourceMarkup(line);
  if (TABLE_ROW.test(text))
    return text
      .replace(/^\s*\||\|\s*$/g, '')
      .split(/\t+| {2,}|(?<!\\)\|/)
      .map((cell) => cell.trim())
      .filter((cell) => !/^:?-*:?$/.test(cell))
      .join('\n');
  return text.replace(LABEL_HEADING, '$1\n').replace(BACK_LABEL, '$1\n').replace(NUMBER_LABEL, '$1\n').replace(STATUTE_NUMBER, '$1\n');
}

/**
 * Sentences of the source: split at line breaks and after . ! or ? followed
 * by a space, and where presentationParts says a clause splits a line.
 */
export function sourceSentences(source: string): SourceSentence[] {
  const seen = new Set<string>();
  return source.split('\n').flatMap((line, index) =>
    presentationParts(line)
      .split(/\n|(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !seen.has(s) && seen.add(s))
      .map((sentence) => ({ sentence, normalised: normaliseForFidelity(sentence), line, lineNumber: index + 1 }))
      .filter((s) => s.normalised !== ''),
  );
}

/** A clause's text, or nothing when its MDX does not parse (the safety check reports that). */
function readableText(clause: Pick<ClauseEntry, 'body'>): string {
  return bodyText(clause.body);
}

/** An MDX body's plain text, or nothing when it does not parse. */
export function bodyText(body: string): string {
  try {
    return clauseText(body);
  } catch {
    return '';
  }
}

/** What the document says, in reading order, one part a line: its title, then each clause's number, heading and text. */
export function documentText(
  document: DocumentEntry,
  clauses: ClauseEntry[],
  textOf: (clause: ClauseEntry) => string = readableText,
): string {
  const tree = buildDocumentTree(clauses, (c) => c.data);
  return [
    document.data.title,
    ...tree.ordered.map(({ clause }) => [clause.data.number, clause.data.heading, textOf(clause)].filter(Boolean).join('\n')),
  ].join('\n');
}

/**
 * Whether a normalised sentence is in the text: most are answered from a set
 * of the text's own sentences, split as the source's are; the rest (a
 * sentence the text runs on from a heading, say) by searching all of it.
 */
export function sentenceFinder(text: string): (normalised: string) => boolean {
  const own = new Set(text.split(/\n|(?<=[.!?])\s+/).map(normaliseForFidelity));
  let whole: string | undefined;
  return (normalised) => {
    if (own.has(normalised)) return true;
    whole ??= normaliseForFidelity(text);
    return whole.includes(normalised);
  };
}

/**
 * The document as first published: the clauses' words with every recorded
 * amendment undone (src/lib/amendments/versions.ts), clauses revoked since
 * included, so a sentence an amendment changed is still found.
 */
export function firstVersionText(
  root: string,
  document: DocumentEntry,
  clauses: ClauseEntry[],
  textOf: (clause: ClauseEntry) => string = readableText,
): string {
  const amendments = documentHistoryFiles(root, document).amendments?.data.amendments ?? [];
  if (!amendments.length) return documentText(document, clauses, textOf);
  const { bodies, numbers } = documentVersions(clauses, amendments)[0]!;
  const live = new Set(clauses.map((c) => c.data.id));
  const original = new Map<ClauseEntry, ClauseEntry>();
  // A clause an amendment added is not in the first version.
  const first = clauses
    .filter((c) => bodies.has(c.data.id))
    .map((c) => {
      if (!numbers.has(c.data.id)) return c;
      const renumbered = { ...c, data: { ...c.data, number: numbers.get(c.data.id) } };
      original.set(renumbered, c);
      return renumbered;
    });
  const firstText = (clause: ClauseEntry) => {
    const body = bodies.get(clause.data.id)!;
    return body === clause.body ? textOf(original.get(clause) ?? clause) : bodyText(body);
  };
  // A revoked clause: its number and heading as its record keeps them, then its words.
  const headingOf = new Map(amendments.flatMap((a) => a.changes.map((c) => [c.clause, c.heading] as const)));
  const revoked = [...bodies]
    .filter(([id]) => !live.has(id))
    .flatMap(([id, body]) => [[numbers.get(id), headingOf.get(id)].filter(Boolean).join(' '), bodyText(body)].filter(Boolean));
  return [documentText(document, first, firstText), ...revoked].join('\n');
}

/** @param textOf a clause's plain text, if already at hand (the reference analysis has it); else it is worked out */
export function checkFidelity(content: ContentSet, textOf: (clause: ClauseEntry) => string = readableText): ContentError[] {
  const errors: ContentError[] = [];
  const byDocument = Map.groupBy(content.clauses, (c) => documentKey(c.partnership, c.document));
  for (const document of content.documents) {
    const sourceFile = `${document.dir}/${document.data.source.file}`;
    // A missing, linked or outside file: loadContent has reported it, and it is never read.
    const read = existsSync(join(content.root, sourceFile)) ? readContentFile(content.root, sourceFile) : undefined;
    if (!read?.ok) continue;
    const source = read.text;
    const first = firstVersionText(content.root, document, byDocument.get(documentKey(document.partnership, document.id)) ?? [], textOf);
    const found = sentenceFinder(first);
    const exceptions = new Map((document.data.source.exceptions ?? []).map((e, i) => [e.line, i]));
    const sentences = sourceSentences(source);
    for (const s of sentences) {
      if (found(s.normalised) || exceptions.has(s.line)) continue;
      errors.push(
        contentError({
          file: sourceFile,
          line: s.lineNumber,
          rule: 'fidelity',
          message: `this sentence of the published text is in none of the document's clauses: "${s.sentence.length > 120 ? `${s.sentence.slice(0, 117)}…` : s.sentence}"`,
          hint: `if the clause's words were changed on purpose because the document was amended, record the amendment in ${document.dir}/amendments.yaml with the words the clause had before (was:), and leave ${sourceFile} as first published; otherwise restore the clause's words. A line the site knowingly shows differently goes under source.exceptions in ${document.file}, with the reason`,
        }),
      );
    }
    for (const [line, i] of exceptions) {
      const own = sentences.filter((s) => s.line === line);
      if (own.length && !own.every((s) => found(s.normalised))) continue;
      errors.push(
        contentError({
          file: document.file,
          severity: 'warning',
          rule: 'fidelity',
          field: `source.exceptions[${i}]`,
          message: own.length
            ? "this exception is no longer needed: the line's words are all in the clauses"
            : `no line of ${sourceFile} is printed exactly "${line.slice(0, 80)}"`,
          hint: 'delete the exception, or copy the line from source.txt exactly as it is printed',
        }),
      );
    }
  }
  return errors;
}
