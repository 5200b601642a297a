/**
 * Published addresses never vanish, held against git: every clause file the
 * published branch has ever held (src/lib/history/published-clauses.ts) must
 * still be listed in its document's addresses.yaml, where check-addresses.ts
 * proves each listed address answers. Without this, one pull request could
 * delete a clause and its line in addresses.yaml (or the whole file, or the
 * whole document) and the address would simply be gone.
 *
 *   main once held clauses/6-78.mdx; addresses.yaml no longer lists 6-78
 *   → error: the address /west-sussex/constitution/6-78/ was published … would vanish
 */
import { documentHistoryFiles } from '../content/document-files.ts';
import { documentKey, type ContentSet } from '../content/model.ts';
import { formatInstant } from '../dates/reader-dates.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import type { PublishedClause, PublishedClauses } from '../history/published-clauses.ts';
import { clauseUrl, documentUrl } from '../references/urls.ts';

const lastIn = (c: PublishedClause) => `last in commit ${c.commit.hash.slice(0, 7)} of ${formatInstant(c.commit.date)}`;

export function checkPublishedAddresses(content: ContentSet, published: PublishedClauses): ContentError[] {
  // A shallow clone or a copy without git cannot say what was published; addresses.yaml alone is then held
  // (check-addresses.ts), and the build says once that history is unavailable (content-history.ts).
  if (!published.available) return [];
  const errors: ContentError[] = [];
  const byDocument = Map.groupBy(published.clauses, (c) => documentKey(c.partnership, c.document));
  for (const [key, clauses] of [...byDocument].sort(([a], [b]) => a.localeCompare(b))) {
    const { partnership, document: id } = clauses[0]!;
    const dir = `content/${partnership}/${id}`;
    const newest = clauses.reduce((a, b) => (a.commit.date >= b.commit.date ? a : b));
    const document = content.documents.find((d) => documentKey(d.partnership, d.id) === key);
    if (!document) {
      errors.push(
        contentError({
          file: dir,
          rule: 'address',
          message: `this document was published (${published.ref} has held ${clauses.length} of its clause files, ${lastIn(newest)}), but its folder is gone, so ${documentUrl(partnership, id)} and its clause addresses would vanish`,
          hint: `restore the folder and set status: superseded or historical in its document.yaml: a published document is kept, not deleted`,
        }),
      );
      continue;
    }
    const files = documentHistoryFiles(content.root, document);
    if (!files.addresses) {
      // An addresses.yaml that does not parse is already an error of its own.
      if (files.errors.length) continue;
      errors.push(
        contentError({
          file: `${dir}/addresses.yaml`,
          rule: 'address',
          message: `missing: ${published.ref} has published ${clauses.length} clause addresses of this document, and this file is what keeps them answering`,
          hint: `run npm run addresses to write it from the clause files, then list each published address whose clause is gone as moved or revoked`,
        }),
      );
      continue;
    }
    const listed = new Set(files.addresses.data.addresses.map((entry) => (typeof entry === 'string' ? entry : entry.id)));
    for (const clause of clauses.filter((c) => !listed.has(c.id)).sort((a, b) => a.id.localeCompare(b.id)))
      errors.push(
        contentError({
          file: files.addresses.file,
          line: files.addresses.lineOf(['addresses']),
          field: 'addresses',
          rule: 'address',
          message: `the address ${clauseUrl(partnership, id, clause.id)} was published (${published.ref} held clauses/${clause.id}.mdx, ${lastIn(clause)}), but this file does not list it, so it would vanish`,
          hint: `list it again: "- ${clause.id}" if the clause is back, "- { id: ${clause.id}, movedTo: <the id that took its place> }", or "- { id: ${clause.id}, revoked: YYYY-MM-DD, amendment: <amendment id> }"`,
        }),
      );
  }
  return errors;
}
