/**
 * Which built pages are which template, read from the built HTML: a document
 * page holds `.app-document-text`, a clause page a "Where this clause sits"
 * block. Lets tests name one test per document, known before tests run
 * (the global setup has already built dist/).
 */
import { readFileSync } from 'node:fs';
import { builtPages, type BuiltPage } from './site-under-test.ts';

export interface ClassifiedPages {
  documents: BuiltPage[];
  clauses: BuiltPage[];
  partnerships: BuiltPage[];
  /** Published addresses whose clause moved: static redirect pages (addresses.yaml). */
  moved: BuiltPage[];
  all: BuiltPage[];
}

export function classifyBuiltPages(): ClassifiedPages {
  const all = builtPages();
  const html = new Map(all.map((p) => [p, readFileSync(p.file, 'utf8')]));
  return {
    all,
    documents: all.filter((p) => html.get(p)!.includes('class="app-document-text"')),
    clauses: all.filter((p) => html.get(p)!.includes('class="app-clause-relations"')),
    partnerships: all.filter((p) => /^\/[^/]+\/$/.test(p.path) && html.get(p)!.includes('class="app-document-summary"')),
    moved: all.filter((p) => html.get(p)!.includes('http-equiv="refresh"')),
  };
}
