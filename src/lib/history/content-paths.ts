/**
 * What a path under content/ is, so a change can be described in editors'
 * terms: "clause 6-53 of the constitution", "a record", "site settings".
 * Mirrors the layout in content/README.md.
 */

export type ContentFileKind = 'clause' | 'document' | 'partnership' | 'record' | 'site' | 'other';

export interface ContentFile {
  /** Project-relative path: `content/west-sussex/constitution/clauses/6-53.mdx`. */
  path: string;
  kind: ContentFileKind;
  partnership?: string;
  document?: string;
  /** For a clause file, its file name without `.mdx` (usually the clause id). */
  name?: string;
}

export function classifyContentPath(path: string, contentDir = 'content'): ContentFile {
  const parts = path.split('/');
  if (parts[0] !== contentDir) return { path, kind: 'other' };
  const [, partnership, second, third, fourth] = parts;
  if (parts.length === 2) return { path, kind: partnership === 'site.yaml' ? 'site' : 'other' };
  if (parts.length === 3 && second === 'partnership.yaml') return { path, kind: 'partnership', partnership };
  if (second === 'records') return { path, kind: 'record', partnership };
  if (parts.length === 4 && third === 'document.yaml') return { path, kind: 'document', partnership, document: second };
  if (parts.length === 5 && third === 'clauses' && fourth?.endsWith('.mdx')) {
    return { path, kind: 'clause', partnership, document: second, name: fourth.slice(0, -'.mdx'.length) };
  }
  return { path, kind: 'other', partnership };
}
