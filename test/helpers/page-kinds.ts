/**
 * Which built pages are which template, read from the built HTML: a document
 * page holds `.app-document-text`, a clause page a "Where this clause sits"
 * block, a version page `.app-version-text`. Lets tests name one test per
 * document, known before tests run (the global setup has already built dist/).
 * The amendments feeds are listed too: files, not pages, so the browser tests
 * leave them alone and the feed tests read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, type BuiltPage } from './site-under-test.ts';

export interface ClassifiedPages {
  documents: BuiltPage[];
  clauses: BuiltPage[];
  partnerships: BuiltPage[];
  /** Published addresses whose clause moved: static redirect pages (addresses.yaml). */
  moved: BuiltPage[];
  /** A document's versions page: `/<partnership>/<document>/versions/`. */
  versionLists: BuiltPage[];
  /** One version of a document in full: `/<partnership>/<document>/versions/<day>/`. */
  versions: BuiltPage[];
  /** Each partnership's Atom feed of amendments: `/<partnership>/amendments.xml`. */
  feeds: BuiltPage[];
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
    versionLists: all.filter((p) => /^\/[^/]+\/[^/]+\/versions\/$/.test(p.path) && html.get(p)!.includes('class="app-version"')),
    versions: all.filter((p) => html.get(p)!.includes('class="app-version-text"')),
    feeds: readdirSync(distDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(join(distDir, entry.name)).includes('amendments.xml'))
      .map((entry) => ({ file: join(distDir, entry.name, 'amendments.xml'), path: `/${entry.name}/amendments.xml` })),
  };
}
