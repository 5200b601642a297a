/**
 * `npm run addresses`: lists every clause in its document's addresses.yaml,
 * creating the file for a document that has none (src/lib/addresses/keep-addresses.ts).
 * Run it after adding a clause; `npm run check` says when it is needed. The
 * importer does the same for the document it writes.
 */
import { keepAddressesFile } from '../src/lib/addresses/keep-addresses.ts';
import { loadContent } from '../src/lib/content/load-content.ts';

const root = process.cwd();
const content = loadContent({ root });
const SAID = { created: 'created', added: 'added the clauses it did not list', unreadable: 'not read as YAML, so left as it is' };
let changed = 0;
for (const document of content.documents) {
  const clauses = content.clauses.filter((c) => c.partnership === document.partnership && c.document === document.id);
  const done = keepAddressesFile(root, document.dir, clauses);
  if (done === 'unchanged') continue;
  if (done !== 'unreadable') changed++;
  console.log(`${document.dir}/addresses.yaml: ${SAID[done]}`);
}
console.log(changed ? `${changed} file${changed === 1 ? '' : 's'} written.` : 'Every clause address is already listed.');
