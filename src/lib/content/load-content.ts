/**
 * Reads `content/` into a ContentSet: partnerships, documents and clauses,
 * each validated by its schema, then checked as a whole (see integrity.ts).
 * Nothing here imports Astro, so the CLI, the tests and the site share it.
 *
 * Layout:
 *   content/<partnership>/partnership.yaml
 *   content/<partnership>/<document>/document.yaml
 *   content/<partnership>/<document>/clauses/*.mdx
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { clauseSchema } from '../../schemas/clause.ts';
import { documentSchema } from '../../schemas/document.ts';
import { partnershipSchema } from '../../schemas/partnership.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { MAX_CLAUSE_BYTES, readContentFile } from './content-file.ts';
import { checkIntegrity } from './integrity.ts';
import { checkOwnerQuote } from './owner-quote.ts';
import { checkStatusQuotes } from './status-quotes.ts';
import type { ClauseEntry, ContentSet, DocumentEntry, PartnershipEntry, UnreadableClause } from './model.ts';
import { parseWithFriendlyErrors } from './parse-with-friendly-errors.ts';
import { parseFrontmatter, parseYamlSource } from './yaml-source.ts';
import { idFileNameError } from './clause-id-file-name.ts';

/** Folders under content/ that are not partnerships. */
const NOT_PARTNERSHIPS = new Set(['glossary', 'records', 'shared']);
/** Folders under a partnership that are not documents. */
const NOT_DOCUMENTS = new Set(['records', 'glossary']);

/** The id of a clause file that did not parse: its `id:` line, else its file name. */
function likelyId(text: string, name: string): { id: string; idGuessed: boolean } {
  const line = /^id:\s*["']?([^"'\s#]+)/m.exec(
    text
      .split(/^---\s*$/m)
      .slice(0, 2)
      .join('\n'),
  );
  return line?.[1] ? { id: line[1], idGuessed: false } : { id: name.replace(/\.mdx$/, ''), idGuessed: true };
}

const subfolders = (dir: string) =>
  readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_') && statSync(join(dir, name)).isDirectory())
    .sort();

export interface LoadOptions {
  /** Project root; `content/` is read below it. */
  root: string;
  /** Folder name of the content, relative to root. Default `content`. */
  contentDir?: string;
}

export function loadContent({ root, contentDir = 'content' }: LoadOptions): ContentSet {
  const errors: ContentError[] = [];
  const partnerships: PartnershipEntry[] = [];
  const documents: DocumentEntry[] = [];
  const clauses: ClauseEntry[] = [];
  const unreadable: UnreadableClause[] = [];
  const texts = new Map<string, string>();
  const rel = (path: string) => relative(root, path);
  const base = join(root, contentDir);

  if (!existsSync(base)) {
    errors.push(
      contentError({
        file: contentDir,
        message: 'the content folder is missing',
        hint: `create ${contentDir}/ with one folder per partnership`,
        rule: 'missing-file',
      }),
    );
    return { root, partnerships, documents, clauses, errors };
  }

  for (const partnershipId of subfolders(base).filter((n) => !NOT_PARTNERSHIPS.has(n))) {
    const dir = join(base, partnershipId);
    const file = rel(join(dir, 'partnership.yaml'));
    if (!existsSync(join(root, file))) {
      errors.push(
        contentError({
          file,
          message: 'missing partnership.yaml for this partnership folder',
          hint: 'add partnership.yaml with name, shortName, area and leadPartners (see src/schemas/partnership.ts)',
          rule: 'missing-file',
        }),
      );
      continue;
    }
    const read = readContentFile(root, file, { what: 'partnership.yaml' });
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const source = parseYamlSource(read.text, file);
    errors.push(...source.errors);
    const parsed = source.errors.length ? undefined : parseWithFriendlyErrors(partnershipSchema, source, file, 'partnership');
    if (parsed && !parsed.ok) errors.push(...parsed.errors);
    if (parsed?.ok) partnerships.push({ id: partnershipId, file, data: parsed.data });

    for (const documentId of subfolders(dir).filter((n) => !NOT_DOCUMENTS.has(n))) {
      loadDocument(root, rel, join(dir, documentId), partnershipId, documentId, { documents, clauses, unreadable, errors, texts });
    }
  }

  // Checks that depend on a clause that could not be read are skipped or say so (integrity.ts).
  errors.push(...checkIntegrity({ root, partnerships, documents, clauses, errors: [] }, unreadable));
  return { root, partnerships, documents, clauses, errors, texts };
}

function loadDocument(
  root: string,
  rel: (p: string) => string,
  dir: string,
  partnership: string,
  id: string,
  {
    documents,
    clauses,
    unreadable,
    errors,
    texts,
  }: {
    documents: DocumentEntry[];
    clauses: ClauseEntry[];
    unreadable: UnreadableClause[];
    errors: ContentError[];
    texts: Map<string, string>;
  },
): void {
  const file = rel(join(dir, 'document.yaml'));
  if (!existsSync(join(root, file))) {
    errors.push(
      contentError({
        file,
        message: 'missing document.yaml for this document folder',
        hint: 'add document.yaml with title, shortTitle, partnership, status and source (see src/schemas/document.ts)',
        rule: 'missing-file',
      }),
    );
    return;
  }
  const read = readContentFile(root, file, { what: 'document.yaml' });
  if (!read.ok) {
    errors.push(read.error);
    return;
  }
  const source = parseYamlSource(read.text, file);
  errors.push(...source.errors);
  if (source.errors.length) return;
  const parsed = parseWithFriendlyErrors(documentSchema, source, file, 'document');
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return;
  }
  const entry: DocumentEntry = { id, partnership, file, dir: rel(dir), data: parsed.data };
  if (parsed.data.partnership !== partnership) {
    errors.push(
      contentError({
        file,
        line: source.lineOf(['partnership']),
        field: 'partnership',
        message: `expected "${partnership}" (the folder this document is in), found "${parsed.data.partnership}"`,
        hint: 'set partnership to the name of the folder above the document folder',
        rule: 'schema',
      }),
    );
  }
  const sourceFile = join(dir, parsed.data.source.file);
  const sourceRead = existsSync(sourceFile)
    ? readContentFile(root, rel(sourceFile), {
        what: `the provenance file "${rel(sourceFile)}"`,
        at: { file, line: source.lineOf(['source', 'file']), field: 'source.file' },
      })
    : undefined;
  if (sourceRead && !sourceRead.ok) {
    errors.push(sourceRead.error);
  } else if (!sourceRead) {
    errors.push(
      contentError({
        file,
        line: source.lineOf(['source', 'file']),
        field: 'source.file',
        message: `the provenance file "${rel(sourceFile)}" does not exist`,
        hint: 'keep a copy of the source text beside document.yaml, or correct the file name',
        rule: 'missing-file',
      }),
    );
  } else {
    if (parsed.data.owner)
      errors.push(
        ...checkOwnerQuote({
          owner: parsed.data.owner,
          source: sourceRead.text,
          file,
          lineOf: (field) => source.lineOf(['owner', field]),
          sourceFile: rel(sourceFile),
        }),
      );
    errors.push(
      ...checkStatusQuotes({
        reason: parsed.data.statusReason,
        source: sourceRead.text,
        file,
        lineOf: (index) => source.lineOf(['statusReason', 'quotes', index, 'text']),
        sourceFile: rel(sourceFile),
      }),
    );
  }
  documents.push(entry);

  const clauseDir = join(dir, 'clauses');
  if (!existsSync(clauseDir)) {
    errors.push(
      contentError({
        file: rel(clauseDir),
        message: 'missing clauses/ folder for this document',
        hint: 'add a clauses/ folder with one .mdx file per clause',
        rule: 'missing-file',
      }),
    );
    return;
  }
  const relClauseDir = rel(clauseDir);
  for (const name of readdirSync(clauseDir).sort()) {
    if (name.startsWith('.')) continue;
    const clauseFile = join(relClauseDir, name);
    if (!name.endsWith('.mdx')) {
      errors.push(
        contentError({
          file: clauseFile,
          message: 'expected only .mdx files in a clauses/ folder',
          hint: 'rename the file to end in .mdx, or move it out of clauses/',
          rule: 'schema',
        }),
      );
      continue;
    }
    const read = readContentFile(root, clauseFile, { what: 'this clause file', maxBytes: MAX_CLAUSE_BYTES });
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const { text } = read;
    texts.set(clauseFile, text);
    const fm = parseFrontmatter(text, clauseFile);
    const result = fm.errors.length ? undefined : parseWithFriendlyErrors(clauseSchema, fm, clauseFile, 'clause');
    if (!result?.ok) {
      errors.push(...fm.errors, ...(result?.errors ?? []));
      unreadable.push({ partnership, document: id, file: clauseFile, ...likelyId(text, name) });
      continue;
    }
    const fileId = name.replace(/\.mdx$/, '');
    if (result.data.id !== fileId) errors.push(idFileNameError(clauseFile, fileId, result.data.id, fm.lineOf(['id'])));
    clauses.push({
      partnership,
      document: id,
      file: clauseFile,
      data: result.data,
      body: fm.body,
      bodyStartLine: fm.bodyStartLine,
      lineOf: (field) => fm.lineOf(field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key))),
    });
  }
}
